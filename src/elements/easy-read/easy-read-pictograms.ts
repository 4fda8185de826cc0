/**
 * Waymark's own easy-read pictures: one simple drawing for each default
 * section, drawn for this project (MIT, like the rest of Waymark). All share
 * one 80-unit grid, one stroke and three colours that come from custom
 * properties (see easy-read.styles.ts), and carry no words, so they mean the
 * same in every language. Loaded with `import()`, so the explainer's own
 * script stays small and the pictures are measured on their own.
 */
// Closing tags written out: the template minifier drops the slash of a self-closing tag.
import { svg, type SVGTemplateResult } from 'lit';

/** A person: a round head and rounded shoulders, standing on the baseline `y`. */
const person = (x: number, y: number, size = 1, fill = 'f'): SVGTemplateResult => {
  const s = (n: number): number => Math.round(n * size * 10) / 10;
  return svg`<circle class=${fill} cx=${x} cy=${y - s(30)} r=${s(8)}></circle><path class=${fill} d=${`M${x - s(13)} ${y}v${-s(9)}a${s(13)} ${s(13)} 0 0 1 ${s(26)} 0v${s(9)}z`}></path>`;
};

const frame = (content: SVGTemplateResult): SVGTemplateResult =>
  svg`<svg viewBox="0 0 80 80" width="80" height="80" focusable="false" aria-hidden="true">${content}</svg>`;

export type PictureName =
  | 'what-is'
  | 'link-worker'
  | 'who'
  | 'help'
  | 'call'
  | 'first-meeting'
  | 'more-meetings'
  | 'group'
  | 'free'
  | 'choice'
  | 'not'
  | 'get';

export const pictograms: { readonly [name in PictureName]: SVGTemplateResult } = {
  // A signpost pointing towards a person: support you can find.
  'what-is': frame(
    svg`<path d="M20 74V14"></path><path class="a" d="M12 18h26l7 7-7 7H12z"></path>${person(60, 74, 1)}<path d="M6 74h68"></path>`,
  ),
  // A person with a name badge and a speech bubble: someone whose job is to help.
  'link-worker': frame(
    svg`${person(36, 74, 1.5)}<rect class="a" x="40" y="58" width="12" height="8" rx="2"></rect><path class="f" d="M52 8h22v14H62l-6 6v-6h-4z"></path>`,
  ),
  // Three different people: it is for anyone.
  who: frame(svg`${person(16, 74, 0.8)}${person(40, 74, 1.2, 'a')}${person(64, 74, 1)}`),
  // A heart held in two cupped hands: care for how you feel.
  help: frame(
    svg`<path class="a" d="M40 46C24 34 20 26 26 18c5-6 12-4 14 2 2-6 9-8 14-2 6 8 2 16-14 28z"></path><path class="f" d="M8 44c8 0 14 10 32 12 18-2 24-12 32-12v10c-8 10-20 16-32 16S16 64 8 54z"></path>`,
  ),
  // A phone with ringing lines: a link worker will call you.
  call: frame(
    svg`<path class="a" d="M22 20c-6 4-8 10-4 18 6 12 16 22 28 26 8 3 13 0 16-5l-9-9-7 4c-6-3-11-8-14-14l4-7z"></path><path d="M50 10a20 20 0 0 1 20 20M50 20a10 10 0 0 1 10 10"></path>`,
  ),
  // Two people at a table with a speech bubble: your first meeting.
  'first-meeting': frame(
    svg`${person(18, 62, 1)}${person(62, 62, 1, 'a')}<path d="M4 62h72M14 62v14M66 62v14"></path><path class="f" d="M30 6h20v12h-8l-5 5v-5h-7z"></path>`,
  ),
  // A calendar with some days ticked: a few more meetings over some weeks.
  'more-meetings': frame(
    svg`<rect class="f" x="8" y="14" width="64" height="58" rx="4"></rect><path class="a" d="M8 18a4 4 0 0 1 4-4h56a4 4 0 0 1 4 4v10H8z"></path><path d="M24 8v12M56 8v12M16 44l5 5 9-10M44 44l5 5 9-10M16 62h14M44 62h14"></path>`,
  ),
  // Two people walking side by side towards a group: you can take someone.
  group: frame(
    svg`${person(14, 74, 0.9)}${person(34, 74, 0.9, 'a')}<path d="M46 52h10m-4-4 4 4-4 4"></path><circle class="f" cx="66" cy="56" r="11"></circle><circle cx="62" cy="54" r="2"></circle><circle cx="70" cy="54" r="2"></circle>`,
  ),
  // A coin with a line through it: you do not pay.
  free: frame(
    svg`<circle class="f" cx="40" cy="40" r="28"></circle><circle cx="40" cy="40" r="20"></circle><path class="s" d="M14 66 66 14"></path>`,
  ),
  // A raised open hand: you can say no, or stop.
  choice: frame(
    svg`<path class="f" d="M26 74V36c0-4 6-4 6 0V18c0-4 6-4 6 0v-4c0-4 6-4 6 0v4c0-4 6-4 6 0v20l4-6c3-4 8-1 6 3L52 64c-2 6-6 10-12 10z"></path><path d="M38 18v20M44 14v24M50 18v20"></path>`,
  ),
  // A warning triangle: not for emergencies.
  not: frame(svg`<path class="a" d="M40 8 74 70H6z"></path><path class="s" d="M40 30v20M40 58v2"></path>`),
  // A building with a door and a cross: ask your GP practice.
  get: frame(
    svg`<path class="f" d="M10 74V34l30-22 30 22v40z"></path><rect x="32" y="52" width="16" height="22"></rect><path class="a" d="M36 26h8v6h6v8h-6v6h-8v-6h-6v-8h6z"></path><path d="M4 74h72"></path>`,
  ),
};
