import { svg, type SVGTemplateResult } from 'lit';
import type { AccessFeature } from '../../data/model.js';

/** Small line icons beside each access feature's words; the words carry the meaning, the icons are hidden. */
const PATHS: Record<AccessFeature, SVGTemplateResult> = {
  'step-free': svg`<path d="M3 19h18M5 19l14-8" />`,
  wheelchair: svg`<circle cx="12" cy="4" r="2" /><path d="M12 7v6h5l2 5M9 10a6 6 0 1 0 7 8" />`,
  'hearing-loop': svg`<path d="M8 10a4 4 0 1 1 8 0c0 3-3 4-3 7a2 2 0 0 1-4 0M4 4l16 16" />`,
  'accessible-toilet': svg`<circle cx="12" cy="4" r="2" /><path d="M8 9h8l-1 6h-6zM10 15v6M14 15v6" />`,
  'accessible-parking': svg`<rect x="4" y="3" width="16" height="18" rx="2" /><path d="M9 17V7h4a3 3 0 0 1 0 6H9" />`,
  lift: svg`<rect x="5" y="3" width="14" height="18" rx="1" /><path d="M9 9l3-3 3 3M9 15l3 3 3-3" />`,
  'quiet-space': svg`<path d="M4 9h4l5-4v14l-5-4H4zM16 9l4 6M20 9l-4 6" />`,
};

export function accessIcon(feature: AccessFeature): SVGTemplateResult {
  return svg`<svg class="icon" viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false"
    fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round">${PATHS[feature]}</svg>`;
}
