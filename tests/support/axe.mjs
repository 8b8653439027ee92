// axe-core, run in the page: WCAG 2.x A and AA and axe's best practices.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';

const axeSource = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** The page's violations, one line each: none is the goal. */
export async function audit(page) {
  await page.evaluate(axeSource);
  // Every card laid out, as a reader scrolling to it sees it: cards away
  // from the screen are laid out only as they come near it
  // (content-visibility), and axe measures target sizes from the layout.
  await page.addStyleTag({ content: '.step, .support { content-visibility: visible !important; }' });
  const result = await page.evaluate(() =>
    window.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
    }),
  );
  return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}
