// The ids of the page's elements, read from the rows that name them for
// the page's code (src/element_id.rs), as languages.mjs reads the content
// files: a test finds each element by the id the page gives it.
import { readFileSync } from 'node:fs';

const rows = readFileSync(new URL('../../src/element_id.rs', import.meta.url), 'utf8')
  .matchAll(/^ {4}([A-Z_]+) = "([^"]+)",$/gm);
const ids = Object.fromEntries([...rows].map(([, name, id]) => [name, id]));

/** Each id by its row's name (`ID.APP` is the app's); a name with no row throws. */
export const ID = new Proxy(ids, {
  get(all, name) {
    if (typeof name === 'string' && !Object.hasOwn(all, name)) throw new Error(`src/element_id.rs has no row ${name}`);
    return all[name];
  },
});

/** The app once the wasm has taken it over (main.rs marks it `data-live`). */
export const LIVE_APP = `#${ID.APP}[data-live]`;
