import PDFDocument from 'pdfkit';

// Fonts are embedded (subset to the glyphs used), never fetched: DejaVu Sans from its npm package,
// found by module resolution so that it works wherever the project is installed. PDFKit keeps an
// opened font under the string it was asked for, so the paths themselves are the font names (a
// registered alias of the first page's font would be parsed again at every switch).
const fontPath = (file: string) => require.resolve(`dejavu-fonts-ttf/ttf/${file}`);
const FONT = fontPath('DejaVuSans.ttf');
const BOLD = fontPath('DejaVuSans-Bold.ttf');
const ITALIC = fontPath('DejaVuSans-Oblique.ttf');

/**
 * Text as the PDF shows it: control characters become spaces (line breaks stay). Every other
 * character is kept: the embedded DejaVu Sans covers Latin, Greek, Cyrillic, Arabic and more, and a
 * character it lacks shows as an empty box rather than a misleading "?".
 */
export function pdfText(value: string): string {
  let out = '';
  for (const char of value) {
    const code = char.codePointAt(0) ?? 0;
    out += char !== '\n' && (code < 0x20 || (code >= 0x7f && code < 0xa0)) ? ' ' : char;
  }
  return out;
}

export interface Column {
  header: string;
  width: number;
}

/** Layout helpers over a streaming PDFKit document (pages are written out as soon as they are full). */
export class PdfWriter {
  readonly doc: PDFKit.PDFDocument;
  private pageNumber = 0;

  constructor(
    private readonly footer: string,
    info: { Title: string; Subject: string },
  ) {
    this.doc = new PDFDocument({
      size: 'A4',
      margin: 50,
      bufferPages: false,
      info: { ...info, Producer: 'Vigil' },
      // The first page's font; PDFKit would otherwise load Helvetica for it.
      font: FONT,
    });
    this.doc.on('pageAdded', () => this.drawFooter());
    this.drawFooter();
  }

  get width(): number {
    return this.doc.page.width - this.doc.page.margins.left - this.doc.page.margins.right;
  }

  private get bottom(): number {
    return this.doc.page.height - this.doc.page.margins.bottom;
  }

  private drawFooter(): void {
    this.pageNumber += 1;
    const { doc } = this;
    const { x, y } = doc;
    const margin = doc.page.margins.bottom;
    // Writing inside the bottom margin would otherwise open a new page (and loop).
    doc.page.margins.bottom = 0;
    doc
      .font(FONT)
      .fontSize(7)
      .fillColor('#555555')
      .text(
        pdfText(`${this.footer} - page ${this.pageNumber}`),
        doc.page.margins.left,
        doc.page.height - 30,
        {
          width: this.width,
          align: 'center',
          lineBreak: false,
        },
      );
    doc.page.margins.bottom = margin;
    doc.fillColor('black').x = x;
    doc.y = y;
  }

  /** Starts a new page unless `height` points still fit on this one. */
  ensureSpace(height: number): void {
    if (this.doc.y + height > this.bottom) this.doc.addPage();
  }

  newPage(): void {
    this.doc.addPage();
  }

  heading(text: string, size = 16): void {
    this.ensureSpace(size * 3);
    this.doc.moveDown(0.5).font(BOLD).fontSize(size).text(pdfText(text), this.doc.page.margins.left);
    this.doc.moveDown(0.3).font(FONT).fontSize(10);
  }

  paragraph(
    text: string,
    options: { size?: number; bold?: boolean; italic?: boolean; color?: string } = {},
  ): void {
    const font = options.bold ? BOLD : options.italic ? ITALIC : FONT;
    this.doc
      .font(font)
      .fontSize(options.size ?? 10)
      .fillColor(options.color ?? 'black')
      .text(pdfText(text), this.doc.page.margins.left, undefined, { width: this.width });
    this.doc.fillColor('black').font(FONT).fontSize(10);
  }

  /** "Label: value" with the label in bold; nothing when the value is empty. */
  field(label: string, value: string | number | null | undefined, indent = 0): void {
    if (value === null || value === undefined || value === '') return;
    this.doc
      .font(BOLD)
      .fontSize(9)
      .text(pdfText(`${label}: `), this.doc.page.margins.left + indent, undefined, {
        continued: true,
        width: this.width - indent,
      })
      .font(FONT)
      .text(pdfText(String(value)));
  }

  /** A table row; cells wrap, the row moves to a new page (with the header again) when needed. */
  row(columns: Column[], cells: string[], options: { header?: boolean; onNewPage?: () => void } = {}): void {
    const { doc } = this;
    doc.font(options.header ? BOLD : FONT).fontSize(8);
    const texts = cells.map(pdfText);
    const height =
      Math.max(...texts.map((t, i) => doc.heightOfString(t || ' ', { width: columns[i]!.width - 4 }))) + 4;
    if (doc.y + height > this.bottom) {
      doc.addPage();
      options.onNewPage?.();
      doc.font(options.header ? BOLD : FONT).fontSize(8);
    }
    const top = doc.y;
    let x = doc.page.margins.left;
    texts.forEach((text, i) => {
      doc.text(text, x + 2, top + 2, { width: columns[i]!.width - 4 });
      x += columns[i]!.width;
    });
    doc
      .moveTo(doc.page.margins.left, top + height)
      .lineTo(x, top + height)
      .lineWidth(0.3)
      .strokeColor('#999999')
      .stroke();
    doc.x = doc.page.margins.left;
    doc.y = top + height;
  }

  /** A header row, repeated at the top of every page the table continues on. */
  table(columns: Column[]) {
    const header = () =>
      this.row(
        columns,
        columns.map((c) => c.header),
        { header: true },
      );
    header();
    return (cells: string[]) => this.row(columns, cells, { onNewPage: header });
  }

  /** Bytes PDFKit has produced that the storage has not taken yet. */
  get buffered(): number {
    return this.doc.readableLength;
  }
}
