/**
 * A chart's SVG as a PNG, drawn in the browser (no server, no network): the SVG is copied with every
 * style it gets from the page (colours from `currentColor`, the system font) written onto its elements,
 * so the picture looks the same outside the page, then drawn on a white canvas at `scale`× for print,
 * with the chart's title above it and its legend (HTML on the page) below.
 * Browser only.
 */
const STYLES = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-opacity',
  'stroke-width',
  'stroke-dasharray',
  'stroke-linecap',
  'stroke-linejoin',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'text-anchor',
  'dominant-baseline',
  'visibility',
  'display',
] as const;

function inlineStyles(source: Element, target: Element): void {
  const computed = window.getComputedStyle(source);
  target.setAttribute('style', STYLES.map((name) => `${name}:${computed.getPropertyValue(name)}`).join(';'));
}

/** The picture's own size: its viewBox, else its size on the page. */
function sizeOf(svg: SVGSVGElement): { width: number; height: number } {
  const box = svg.viewBox.baseVal;
  if (box && box.width > 0 && box.height > 0) return { width: box.width, height: box.height };
  const rect = svg.getBoundingClientRect();
  return { width: Math.max(1, rect.width), height: Math.max(1, rect.height) };
}

export function standaloneSvg(svg: SVGSVGElement): { xml: string; width: number; height: number } {
  const { width, height } = sizeOf(svg);
  const clone = svg.cloneNode(true) as SVGSVGElement;
  const sources = [svg, ...svg.querySelectorAll('*')];
  const targets = [clone, ...clone.querySelectorAll('*')];
  sources.forEach((source, index) => {
    const target = targets[index];
    if (target) inlineStyles(source, target);
  });
  // Tooltips are not drawn; dropping them keeps the file small.
  for (const title of clone.querySelectorAll('title')) title.remove();
  clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  clone.setAttribute('width', String(width));
  clone.setAttribute('height', String(height));
  clone.removeAttribute('class');
  return { xml: new XMLSerializer().serializeToString(clone), width, height };
}

/** What the page shows around the picture in HTML, drawn into the PNG so it stands on its own. */
export interface LegendEntry {
  label: string;
  colour: string;
}
export interface PngFrame {
  title?: string;
  legend?: LegendEntry[];
}

const PAD = 8;
const LINE = 18;
const SWATCH = 10;

/** Legend entries in rows no wider than `width`. */
function legendRows(
  context: CanvasRenderingContext2D,
  legend: LegendEntry[],
  width: number,
): LegendEntry[][] {
  const rows: LegendEntry[][] = [];
  let row: LegendEntry[] = [];
  let used = 0;
  for (const entry of legend) {
    const size = entryWidth(context, entry);
    if (used > 0 && used + size > width) {
      rows.push(row);
      row = [];
      used = 0;
    }
    row.push(entry);
    used += size;
  }
  if (row.length > 0) rows.push(row);
  return rows;
}

function entryWidth(context: CanvasRenderingContext2D, entry: LegendEntry): number {
  return SWATCH + 6 + context.measureText(entry.label).width + 16;
}

export async function svgToPng(svg: SVGSVGElement, frame: PngFrame = {}, scale = 2): Promise<Blob> {
  const { xml, width: chartWidth, height: chartHeight } = standaloneSvg(svg);
  const image = new Image();
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(xml)}`;
  await image.decode();
  const canvas = document.createElement('canvas');
  const context = canvas.getContext('2d');
  if (!context) throw new Error('no 2D canvas');
  const font = window.getComputedStyle(document.body).fontFamily;
  context.font = `12px ${font}`;
  const width = Math.max(chartWidth, 360) + 2 * PAD;
  const rows = legendRows(context, frame.legend ?? [], width - 2 * PAD);
  const top = PAD + (frame.title ? LINE + 4 : 0);
  const height = top + chartHeight + rows.length * LINE + PAD;
  canvas.width = Math.ceil(width * scale);
  canvas.height = Math.ceil(height * scale);
  // Resizing the canvas reset the context; everything below is in CSS pixels.
  context.scale(scale, scale);
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, width, height);
  context.drawImage(image, PAD, top, chartWidth, chartHeight);
  context.fillStyle = '#14181f';
  context.textBaseline = 'middle';
  context.direction = document.documentElement.dir === 'rtl' ? 'rtl' : 'ltr';
  context.textAlign = 'left';
  if (frame.title) {
    context.font = `bold 13px ${font}`;
    context.fillText(frame.title, PAD, PAD + LINE / 2, width - 2 * PAD);
  }
  context.font = `12px ${font}`;
  rows.forEach((entries, index) => {
    let x = PAD;
    const y = top + chartHeight + index * LINE + LINE / 2;
    for (const entry of entries) {
      context.fillStyle = entry.colour;
      context.fillRect(x, y - SWATCH / 2, SWATCH, SWATCH);
      context.fillStyle = '#14181f';
      context.fillText(entry.label, x + SWATCH + 6, y);
      x += entryWidth(context, entry);
    }
  });
  return new Promise((resolve, reject) => {
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('toBlob gave nothing'))), 'image/png');
  });
}

/** Hands a file made in the page to the browser's downloads. */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has its own copy once started; free the page's a moment later.
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
