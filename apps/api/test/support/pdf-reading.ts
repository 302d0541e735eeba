// A CommonJS bundle: Node's default import is the function, which also carries itself as `default` (what its types declare).
import jsQR from 'jsqr';

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
let pdfjs: Promise<PdfJs> | undefined;
// The legacy build runs on Node without a canvas: text and operator lists are all these tests read.
const load = () => (pdfjs ??= import('pdfjs-dist/legacy/build/pdf.mjs'));

async function open(content: Uint8Array) {
  const library = await load();
  const document = await library.getDocument({ data: new Uint8Array(content), isOffscreenCanvasSupported: false, verbosity: 0 })
    .promise;
  return { library, document };
}

/** Each page's text, a space at each line's end, its spaces (no-break ones included) made plain and single. */
export async function pdfPages(content: Uint8Array): Promise<string[]> {
  const { document } = await open(content);
  const pages: string[] = [];
  for (let number = 1; number <= document.numPages; number++) {
    const text = await (await document.getPage(number)).getTextContent();
    const runs = text.items.map((item) => ('str' in item ? item.str + (item.hasEOL ? ' ' : '') : ''));
    pages.push(
      runs
        .join('')
        .replace(/[\s\u00a0\u202f]+/g, ' ')
        .trim(),
    );
  }
  return pages;
}

/** The text of every QR code drawn as an image on a page, read from the image's own pixels. */
export async function pdfQrCodes(content: Uint8Array, pageNumber: number): Promise<string[]> {
  const { library, document } = await open(content);
  const page = await document.getPage(pageNumber);
  const operators = await page.getOperatorList();
  const codes: string[] = [];
  for (let index = 0; index < operators.fnArray.length; index++) {
    if (operators.fnArray[index] !== library.OPS.paintImageXObject) continue;
    const id = (operators.argsArray[index] as [string])[0];
    const image = await new Promise<{ width: number; height: number; data: Uint8ClampedArray }>((resolve) =>
      page.objs.get(id, resolve),
    );
    const pixels = image.width * image.height;
    const channels = image.data.length / pixels;
    const rgba = new Uint8ClampedArray(pixels * 4);
    for (let pixel = 0; pixel < pixels; pixel++) {
      for (let colour = 0; colour < 3; colour++)
        rgba[pixel * 4 + colour] = image.data[pixel * channels + (channels >= 3 ? colour : 0)]!;
      rgba[pixel * 4 + 3] = 255;
    }
    const code = jsQR.default(rgba, image.width, image.height);
    if (code) codes.push(code.data);
  }
  return codes;
}
