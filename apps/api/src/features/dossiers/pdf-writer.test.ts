import { pdfFontsOf, pdfTextOf } from './dossier-fixtures';
import { PdfWriter } from './pdf-writer';

async function render(write: (pdf: PdfWriter) => void): Promise<Buffer> {
  const pdf = new PdfWriter('Vigil dossier test', { Title: 'Test', Subject: 'Fonts' });
  const chunks: Buffer[] = [];
  pdf.doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise((resolve) => pdf.doc.on('end', resolve));
  write(pdf);
  pdf.doc.end();
  await done;
  return Buffer.concat(chunks);
}

describe('PDF text beyond Latin-1', () => {
  const narrative = [
    'Les CRS ont gazé les tentes près de Téteghem ; « Dégagez ! » a crié un agent.',
    'Кале, полиция забрала палатки.',
    'قالت الشرطة ارحلوا',
  ];

  it('embeds DejaVu Sans and shows French, Cyrillic and Arabic without replacement characters', async () => {
    const pdf = await render((writer) => {
      writer.heading('Récit / Рассказ / رواية');
      for (const line of narrative) writer.paragraph(line);
      writer.field('Lieu', 'Grande-Synthe, près du canal');
    });
    expect(pdfFontsOf(pdf)).toEqual(['DejaVuSans', 'DejaVuSans-Bold']);
    expect(pdf.toString('latin1')).not.toMatch(/\/BaseFont \/Helvetica/);
    const text = pdfTextOf(pdf);
    expect(text).toContain(narrative[0]);
    expect(text).toContain(narrative[1]);
    expect(text).toContain('Grande-Synthe, près du canal');
    // Arabic is shaped (joined letter forms) and laid out right to left: compare letters, not order.
    const arabicLetters = (value: string) =>
      [...value.normalize('NFKC').replace(/[^\u0600-\u06ff]/g, '')].sort();
    expect(arabicLetters(text)).toEqual(arabicLetters(`${narrative[2]}رواية`));
    expect(text).not.toContain('?');
  });
});
