// Public addresses: the name without diacritics, then a short random suffix so names may repeat
// and addresses cannot be guessed from a list of names.
import { unaccent } from '../vi-text/index.js';

export const SLUG_SUFFIX_ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';

export function publicSlug(name: string, suffix: string, max = 60): string {
  const base = unaccent(name)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, max)
    .replace(/-+$/g, '');
  return base ? `${base}-${suffix}` : suffix;
}

/** Slugs are lower-case ASCII letters, digits and dashes; anything else is not one of ours. */
export const isSlug = (s: string) => /^[a-z0-9-]{1,100}$/.test(s);
