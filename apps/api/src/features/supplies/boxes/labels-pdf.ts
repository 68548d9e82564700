import PDFDocument from 'pdfkit';
import QRCode from 'qrcode';

export interface Label {
  url: string;
  code: string;
  title: string;
  subtitle: string;
  quantity: string;
  location: string;
  expiry: string | null;
}

// A4 in points, 3 × 7 labels (the common 63.5 × 38.1 mm sticker sheet, close enough to cut by hand).
const PAGE = { width: 595.28, height: 841.89 };
const COLS = 3;
const ROWS = 7;
const MARGIN = 20;
const CELL = { width: (PAGE.width - 2 * MARGIN) / COLS, height: (PAGE.height - 2 * MARGIN) / ROWS };
const QR = 84;
// Fonts shipped in an npm package and embedded: French accents and most scripts print, nothing is fetched.
const FONT = require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf');
const BOLD = require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf');

/** Draws the QR code as vector squares: sharp at any print size, no image decoding. */
function drawQr(doc: PDFKit.PDFDocument, text: string, x: number, y: number) {
  const qr = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const n = qr.modules.size;
  const cell = QR / n;
  for (let r = 0; r < n; r += 1) {
    for (let c = 0; c < n; c += 1) if (qr.modules.get(r, c)) doc.rect(x + c * cell, y + r * cell, cell, cell);
  }
  doc.fill('#000');
}

function drawLabel(doc: PDFKit.PDFDocument, label: Label, x: number, y: number) {
  doc
    .lineWidth(0.3)
    .rect(x + 2, y + 2, CELL.width - 4, CELL.height - 4)
    .stroke('#999');
  drawQr(doc, label.url, x + 8, y + (CELL.height - QR) / 2 - 4);
  doc
    .font(FONT)
    .fontSize(6)
    .fillColor('#000')
    .text(label.code, x + 8, y + CELL.height - 16, { width: QR, align: 'center' });
  const tx = x + QR + 14;
  const width = CELL.width - QR - 20;
  doc
    .font(BOLD)
    .fontSize(9)
    .text(label.title, tx, y + 10, { width, height: 24, ellipsis: true });
  doc.font(FONT).fontSize(7).text(label.subtitle, { width, height: 18, ellipsis: true });
  doc.font(BOLD).fontSize(12).text(label.quantity, { width });
  doc.font(FONT).fontSize(7).text(label.location, { width, height: 10, ellipsis: true });
  if (label.expiry) doc.text(label.expiry, { width });
}

/** An A4 PDF of box labels, each with a QR code that opens the box's page on the dashboard. */
export async function labelsPdf(labels: Label[]): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margin: 0,
    autoFirstPage: false,
    info: { Title: 'Box labels', Producer: 'Vigil' },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<void>((resolve, reject) => {
    doc.on('end', () => resolve());
    doc.on('error', reject);
  });
  labels.forEach((label, i) => {
    const slot = i % (COLS * ROWS);
    if (slot === 0) doc.addPage();
    drawLabel(
      doc,
      label,
      MARGIN + (slot % COLS) * CELL.width,
      MARGIN + Math.floor(slot / COLS) * CELL.height,
    );
  });
  doc.end();
  await done;
  return Buffer.concat(chunks);
}
