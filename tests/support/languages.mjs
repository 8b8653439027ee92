// The guide's languages as the tests need them, read from the content
// files the pages are built from (content/languages.toml, content/<tag>.toml):
// where each page is, its direction, and how it writes and reads sizes.
import { readFileSync } from 'node:fs';

const CONTENT = new URL('../../content/', import.meta.url);
const read = (name) => readFileSync(new URL(name, CONTENT), 'utf8');

/** The value of `key = "…"` in the `[section]` of a TOML text (the few plain strings needed here). */
function value(toml, section, key) {
  const body = toml.split(/^\[/m).find((part) => part.startsWith(`${section}]`)) ?? '';
  const found = body.match(new RegExp(`^${key} = "((?:[^"\\\\]|\\\\.)*)"`, 'm'));
  return found ? JSON.parse(`"${found[1]}"`) : undefined;
}

const tags = JSON.parse(read('languages.toml').match(/^languages = (\[.*\])/m)[1]);

/** Every language, the first (the top of the site) first. */
export const LANGUAGES = tags.map((tag, index) => {
  const toml = read(`${tag}.toml`);
  const digits = value(toml, 'numbers', 'digits') ?? '0123456789';
  const decimal = value(toml, 'numbers', 'decimal');
  const units = { gb: value(toml, 'numbers.units', 'gb'), mb: value(toml, 'numbers.units', 'mb') };
  /** `ascii` ("2.46") in the language's digits and decimal mark. */
  const written = (ascii) => [...ascii].map((c) => (c === '.' ? decimal : /\d/.test(c) ? digits[+c] : c)).join('');
  return {
    tag,
    /** The page's path from the top of the site: "" or "de/". */
    path: index === 0 ? '' : `${tag.toLowerCase()}/`,
    dir: value(toml, 'meta', 'dir'),
    name: value(toml, 'language', 'name'),
    offer: value(toml, 'language', 'offer'),
    decimal,
    units,
    written,
    /** A size as the language writes it: size("2.46", "gb") is "2,46 GB" in German. */
    size: (ascii, unit) => `${written(ascii)}\u00a0${units[unit]}`,
  };
});

export const FIRST = LANGUAGES[0];
