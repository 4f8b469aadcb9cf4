// A tiny HTML template tag: every interpolated value is escaped unless it is a Raw (the result of
// another h`` template), arrays are joined. The portal's pages are written only with it.
import { escapeHtml } from '../../domain/models/index.js';

export class Raw {
  constructor(readonly value: string) {}
  toString() {
    return this.value;
  }
}
export type Part = Raw | string | number | null | undefined | false | Part[];

const render = (p: Part): string => {
  if (p === null || p === undefined || p === false) return '';
  if (p instanceof Raw) return p.value;
  if (Array.isArray(p)) return p.map(render).join('');
  return escapeHtml(String(p));
};

export function h(strings: TemplateStringsArray, ...values: Part[]): Raw {
  let out = strings[0];
  for (let i = 0; i < values.length; i++) out += render(values[i]) + strings[i + 1];
  return new Raw(out);
}

/** Trusted HTML produced elsewhere by an escaping renderer (article bodies: src/domain/models/rich-text.ts). */
export const trusted = (s: string) => new Raw(s);
