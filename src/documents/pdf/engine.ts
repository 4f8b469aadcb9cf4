// PDF rendering with pdfmake 0.3 on Node, in the vendored Liberation Serif (metric-compatible with
// Times New Roman, SIL OFL; assets/fonts). The fonts are read once per process from a path
// resolved against this module (so any working directory works) and handed to pdfmake through a
// private virtual file system: no system fonts, no network, no global pdfmake state (we build our
// own Printer instead of using the package's singleton).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fromRoot } from '../../paths.js';

const require = createRequire(import.meta.url);

/** A pdfmake document definition or content node (pdfmake has no bundled types; kept loose). */
// biome-ignore lint/suspicious/noExplicitAny: pdfmake ships no types; its nodes are checked by rendering them.
export type PdfContent = any;
// biome-ignore lint/suspicious/noExplicitAny: as above.
export type PdfDocDefinition = Record<string, any>;

/** The font family name every builder uses in its document definitions. */
export const PDF_FONT = 'TimesVN';

/** The vendored font directory (assets/fonts at the repository root). */
export const FONT_DIR = `${fromRoot('assets', 'fonts')}/`;

const FILES = {
  normal: 'LiberationSerif-Regular.ttf',
  bold: 'LiberationSerif-Bold.ttf',
  italics: 'LiberationSerif-Italic.ttf',
  bolditalics: 'LiberationSerif-BoldItalic.ttf',
} as const;

/** Millimetres to PDF points. */
export const mmPt = (v: number): number => (v * 72) / 25.4;
/** Twips (1/20 pt) to PDF points. */
export const twipsPt = (v: number): number => v / 20;

/** A4 in points. */
export const A4_PT = { width: 595.28, height: 841.89 } as const;

interface VirtualFs {
  existsSync(name: string): boolean;
  readFileSync(name: string): Buffer;
}

let fontStore: Map<string, Buffer> | undefined;

function fonts(): Map<string, Buffer> {
  if (!fontStore) {
    const store = new Map<string, Buffer>();
    for (const file of Object.values(FILES)) store.set(file, readFileSync(new URL(file, `file://${FONT_DIR}`)));
    fontStore = store;
  }
  return fontStore;
}

function virtualFs(): VirtualFs {
  const store = fonts();
  return {
    existsSync: (name) => store.has(name),
    readFileSync: (name) => {
      const b = store.get(name);
      if (!b) throw new Error(`Font ${name} is not loaded`);
      return b;
    },
  };
}

interface PdfKitDocument {
  on(event: 'data', cb: (chunk: Buffer) => void): void;
  on(event: 'end' | 'error', cb: (e?: unknown) => void): void;
  end(): void;
}

interface PrinterLike {
  createPdfKitDocument(def: PdfDocDefinition, options?: Record<string, unknown>): Promise<PdfKitDocument>;
}

type PrinterCtor = new (
  fonts: Record<string, Record<string, string>>,
  vfs: VirtualFs,
  resolver: unknown,
  policy?: (path: string) => boolean,
) => PrinterLike;
type ResolverCtor = new (fs: VirtualFs) => { setUrlAccessPolicy(cb: (url: string) => boolean): void };

const Printer = (require('pdfmake/js/Printer') as { default: PrinterCtor }).default;
const URLResolver = (require('pdfmake/js/URLResolver') as { default: ResolverCtor }).default;

/**
 * Renders a pdfmake document definition to PDF bytes. The default style is the vendored serif at
 * 14 pt; `progress` receives pdfmake's rendering progress (0..1).
 */
export async function renderPdf(def: PdfDocDefinition, progress?: (share: number) => void): Promise<Uint8Array> {
  const vfs = virtualFs();
  const resolver = new URLResolver(vfs);
  // Nothing is fetched: documents carry no remote images or fonts.
  resolver.setUrlAccessPolicy(() => false);
  const printer = new Printer({ [PDF_FONT]: { ...FILES } }, vfs, resolver, () => false);
  const full: PdfDocDefinition = {
    pageSize: 'A4',
    defaultStyle: { font: PDF_FONT, fontSize: 14, lineHeight: 1 },
    ...def,
    info: { producer: 'tdkt', creator: 'tdkt', ...(def.info ?? {}) },
  };
  const pdf = await printer.createPdfKitDocument(full, progress ? { progressCallback: progress } : {});
  return new Promise<Uint8Array>((resolve, reject) => {
    const chunks: Buffer[] = [];
    pdf.on('data', (c) => chunks.push(c));
    pdf.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
    pdf.on('error', reject);
    pdf.end();
  });
}
