import type { Context, ContextConsumer } from '@lit/context';
import type { ReactiveControllerHost } from 'lit';

type Host = ReactiveControllerHost & HTMLElement;

/**
 * Asks again for a context nothing has answered yet, when a provider of it is connected: a widget
 * may upgrade before the `<waymark-directory>` around it is defined, as custom elements upgrade in
 * any order. A provider says it has arrived with a `context-provider` event that bubbles up to the
 * document. (@lit/context's ContextRoot does the same for every unanswered request of the page, at
 * three times the size; a provider nested in another is handled by the outer one, which hands its
 * widgets on.)
 */
export function askAgainWhenProvided<C extends Context<unknown, unknown>>(
  host: Host,
  consumer: ContextConsumer<C, Host>,
  context: C,
): void {
  const ask = (event: Event): void => {
    if ((event as Event & { context?: unknown }).context === context && consumer.value === undefined)
      consumer.hostConnected();
  };
  host.addController({
    hostConnected: () => document.addEventListener('context-provider', ask),
    hostDisconnected: () => document.removeEventListener('context-provider', ask),
  });
}
