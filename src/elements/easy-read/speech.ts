/** The browser's speech synthesis, looked up when needed: a page (or a test) may replace or remove it. */
export interface Speech {
  readonly synthesis: SpeechSynthesis;
  readonly Utterance: typeof SpeechSynthesisUtterance;
}

export function speech(): Speech | undefined {
  const scope = globalThis as {
    speechSynthesis?: SpeechSynthesis;
    SpeechSynthesisUtterance?: typeof SpeechSynthesisUtterance;
  };
  return scope.speechSynthesis && typeof scope.SpeechSynthesisUtterance === 'function'
    ? { synthesis: scope.speechSynthesis, Utterance: scope.SpeechSynthesisUtterance }
    : undefined;
}
