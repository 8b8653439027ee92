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
  'connection',
  'power-and-wifi',
  'system-status',
  'reopen-whatsapp',
  'restart',
  'update',
  'no-videos',
  'encrypted-backup',
  'delete-old-backup',
  'sign-out',
];

/** "2 of 13 steps done", as the summary counts them. */
export const counted = (done, skipped = 0) =>
  `${done} of ${STEPS.length} steps done${skipped ? `, ${skipped} skipped` : ''}`;

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
    done: (key) => page.getByLabel(`Done with step ${numberOf(key)}`, { exact: true }),
    skip: (key) => page.getByRole('button', { name: `Skip step ${numberOf(key)}` }),
    fixedIt: (key) => page.getByRole('button', { name: `This fixed it (step ${numberOf(key)})` }),
    /** "N of 13 steps done", as shown at the top. */
    count: () => page.locator('.summary .count'),
    notice: () => page.locator('.notice'),
    startOver: () => page.getByRole('button', { name: 'Start over' }),
    /** A checker field, by the label iOS gives that number. */
    field: (label) => page.locator('.checker').getByLabel(label, { exact: true }),
    /** "What do you see?": an answer, by its words. */
    symptom: (label) => page.getByRole('radio', { name: label, exact: true }),
    /** The plan for the symptom chosen: its steps' titles, in order. */
    plan: () => page.locator('.plan-steps > li > a').allTextContents(),
    /** "Is it stuck, or just slow?": a field, and the answer. */
    estimateField: (label) => page.locator('.estimate').getByLabel(label, { exact: true }),
    estimate: () => page.locator('.estimate-answer'),
    /** The checker's answer for "iCloud" or "iPhone". */
    verdict: (place) => page.locator(`.checker fieldset:has(legend:text-is("${place}")) .verdict`),
  };
}
