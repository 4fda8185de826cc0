/**
 * The form's fields, written the GOV.UK way: a label, a hint, the field's own
 * error message above the input (linked with aria-describedby), and the input.
 * Pure templates: the element passes in the value and what to do on input.
 */
import { html, nothing, type TemplateResult } from 'lit';

export interface FieldText {
  readonly label: string;
  readonly hint?: string | undefined;
  /** The message saying how to fix the field, when it failed its check. */
  readonly error?: string | undefined;
  readonly errorPrefix: string;
}

/** The id of a field's input (or its first option): what the error summary and Change links point at. */
export const fieldId = (field: string): string => `f-${field}`;

/** The ids of a field's hint and message, for `aria-describedby`; `nothing` (no attribute) when it has neither. */
export function describedBy(id: string, text: FieldText): string | typeof nothing {
  return [text.hint ? `${id}-hint` : '', text.error ? `${id}-error` : ''].filter(Boolean).join(' ') || nothing;
}

const invalid = (text: FieldText): string => (text.error ? 'true' : 'false');

/** One question's box: marked with a bar when its answer needs fixing. */
export const fieldBox = (text: FieldText, content: TemplateResult): TemplateResult =>
  html`<div class="field ${text.error ? 'field--error' : ''}" part="field">${content}</div>`;

export function hintAndError(id: string, text: FieldText): TemplateResult {
  return html`${text.hint ? html`<div class="hint" id=${`${id}-hint`} part="hint">${text.hint}</div>` : nothing}
  ${
    text.error
      ? html`<p class="error-message" id=${`${id}-error`} part="error-message">
          <span class="visually-hidden">${text.errorPrefix}</span> ${text.error}
        </p>`
      : nothing
  }`;
}

export interface TextFieldOptions {
  readonly type?: 'text' | 'email' | 'tel';
  readonly autocomplete?: string;
  readonly inputmode?: 'numeric' | 'text' | 'email' | 'tel';
  readonly width?: 'short' | 'medium' | 'full';
  readonly multiline?: boolean;
  readonly spellcheck?: boolean;
}

export function textField(
  field: string,
  text: FieldText,
  value: string,
  onInput: (value: string) => void,
  options: TextFieldOptions = {},
): TemplateResult {
  const id = fieldId(field);
  const input = (event: Event): void => onInput((event.target as HTMLInputElement | HTMLTextAreaElement).value);
  return fieldBox(
    text,
    html`<label for=${id} part="label">${text.label}</label> ${hintAndError(id, text)}
      ${
        options.multiline
          ? html`<textarea
              id=${id}
              name=${field}
              rows="5"
              part="input"
              aria-describedby=${describedBy(id, text)}
              aria-invalid=${invalid(text)}
              .value=${value}
              @input=${input}
            ></textarea>`
          : html`<input
              id=${id}
              name=${field}
              class=${`width-${options.width ?? 'full'}`}
              part="input"
              type=${options.type ?? 'text'}
              autocomplete=${options.autocomplete ?? nothing}
              inputmode=${options.inputmode ?? nothing}
              spellcheck=${options.spellcheck === false ? 'false' : 'true'}
              aria-describedby=${describedBy(id, text)}
              aria-invalid=${invalid(text)}
              .value=${value}
              @input=${input}
            />`
      }`,
  );
}

export interface Choice {
  readonly value: string;
  readonly label: string;
  /** Shown under this option while it is chosen (GOV.UK's conditional reveal). */
  readonly reveal?: unknown;
}

/** Radios (one answer) or checkboxes (several) in a fieldset whose legend is the question. */
export function choices(
  field: string,
  text: FieldText,
  kind: 'radio' | 'checkbox',
  options: readonly Choice[],
  chosen: readonly string[],
  onChange: (values: string[]) => void,
  legendClass = '',
): TemplateResult {
  const id = fieldId(field);
  return fieldBox(
    text,
    html`<fieldset aria-describedby=${describedBy(id, text)}>
      <legend class=${legendClass} part="label">${text.label}</legend>
      ${hintAndError(id, text)}
      <div
        class="choices ${kind === 'radio' && options.length === 2 && !options.some((o) => o.reveal) ? 'inline' : ''}"
      >
        ${options.map((option, i) => {
          const optionId = i === 0 ? id : `${id}-${i}`;
          const checked = chosen.includes(option.value);
          const change = (event: Event): void => {
            const on = (event.target as HTMLInputElement).checked;
            if (kind === 'radio') onChange([option.value]);
            else onChange(on ? [...chosen, option.value] : chosen.filter((v) => v !== option.value));
          };
          return html`<div class="choice">
              <input
                id=${optionId}
                name=${field}
                type=${kind}
                part=${kind}
                .value=${option.value}
                .checked=${checked}
                @change=${change}
              />
              <label for=${optionId}>${option.label}</label>
            </div>
            ${option.reveal && checked ? html`<div class="reveal">${option.reveal}</div>` : nothing}`;
        })}
      </div>
    </fieldset>`,
  );
}

/** One checkbox that must be ticked to agree to something. */
export function agreement(
  field: string,
  text: FieldText,
  checked: boolean,
  onChange: (checked: boolean) => void,
): TemplateResult {
  const id = fieldId(field);
  return fieldBox(
    text,
    html`${hintAndError(id, { ...text, hint: undefined })}
      <div class="choice">
        <input
          id=${id}
          name=${field}
          type="checkbox"
          part="checkbox"
          aria-describedby=${describedBy(id, text)}
          aria-invalid=${invalid(text)}
          .checked=${checked}
          @change=${(event: Event) => onChange((event.target as HTMLInputElement).checked)}
        />
        <label for=${id}>${text.label}</label>
      </div>
      ${text.hint ? html`<div class="hint indented" id=${`${id}-hint`} part="hint">${text.hint}</div>` : nothing}`,
  );
}

/** The parts of a date of birth: each one's message key, field and width in digits. */
const DATE_PARTS = [
  ['day', 'dobDay', 2],
  ['month', 'dobMonth', 2],
  ['year', 'dobYear', 4],
] as const;

type DatePart = (typeof DATE_PARTS)[number];

/** Date of birth as three number boxes in a fieldset, GOV.UK's date input. */
export function dateField(
  text: FieldText,
  label: (part: DatePart[0]) => string,
  value: (field: DatePart[1]) => string,
  invalid: (field: DatePart[1]) => boolean,
  onInput: (field: DatePart[1], value: string) => void,
): TemplateResult {
  const id = fieldId('dobDay');
  return fieldBox(
    text,
    html`<fieldset role="group" aria-describedby=${describedBy(id, text)}>
      <legend part="label">${text.label}</legend>
      ${hintAndError(id, text)}
      <div class="date">
        ${DATE_PARTS.map(
          ([part, field, width]) =>
            html`<div>
              <label for=${fieldId(field)}>${label(part)}</label>
              <input
                id=${fieldId(field)}
                name=${field}
                part="input"
                class=${`width-${width}ch`}
                inputmode="numeric"
                autocomplete=${`bday-${part}`}
                aria-invalid=${invalid(field) ? 'true' : 'false'}
                .value=${value(field)}
                @input=${(event: Event) => onInput(field, (event.target as HTMLInputElement).value)}
              />
            </div>`,
        )}
      </div>
    </fieldset>`,
  );
}
