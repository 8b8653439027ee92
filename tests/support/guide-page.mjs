// The guide as a user finds its parts: by the words a screen reader hears
// (labels and button names) where there are any, and otherwise by the
// page's landmarks. Works on a page and on a frame alike, so every test
// names a part the same way.

/**
 * The guide's steps by key, in the order the page shows them by default
 * (content/en.toml). A step's number on the page is its place here, from 1.
 */
export const STEPS = [
  'icloud-access',
  'free-space',
  'back-up-now',
  'system-status',
  'restart',
  'update',
  'no-videos',
  'delete-old-backup',
];

/** The number the page shows for a step. */
const numberOf = (key) => {
  const at = STEPS.indexOf(key);
  if (at === -1) throw new Error(`no step ${key}`);
  return at + 1;
};

/** The parts of the guide in `page` (a Playwright page or frame locator). */
export function guide(page) {
  return {
    /** A step's card, by key. */
    step: (key) => page.locator(`#step-${key}`),
    cards: () => page.locator('section.step'),
    titles: () => page.locator('section.step > h2 .step-title').allTextContents(),
    done: (key) => page.getByLabel(`Done with step ${numberOf(key)}`),
    skip: (key) => page.getByRole('button', { name: `Skip step ${numberOf(key)}` }),
    fixedIt: (key) => page.getByRole('button', { name: `This fixed it (step ${numberOf(key)})` }),
    /** "N of 8 steps done", as shown at the top. */
    count: () => page.locator('.summary .count'),
    notice: () => page.locator('.notice'),
    startOver: () => page.getByRole('button', { name: 'Start over' }),
    /** A checker field, by the label iOS gives that number. */
    field: (label) => page.getByLabel(label, { exact: true }),
    /** The checker's answer for "iCloud" or "iPhone". */
    verdict: (place) => page.locator(`.checker fieldset:has(legend:text-is("${place}")) .verdict`),
  };
}
