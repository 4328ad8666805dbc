// Views that only some events use (an access code, audience Q&A, open answers, translations)
// load the first time they show, so phones at other events never download them;
// tests/e2e/voter-budget.test.ts keeps each such chunk within a budget of its own.
import type { ComponentChild, FunctionComponent } from "preact";
import { useEffect, useState } from "preact/hooks";
import type { VoterStrings } from "../common/i18n.js";

export type LazyView<P> = FunctionComponent<P> & {
  /** Starts loading before the view shows (the voter will probably open it soon). */
  preload(): void;
};

/** `load` resolves to the view; `waiting` is shown meanwhile. A failed load is tried again next time. */
function lazyView<P extends object>(
  load: () => Promise<FunctionComponent<P>>,
  waiting: (props: P) => ComponentChild = () => null,
): LazyView<P> {
  let loading: Promise<unknown> | undefined;
  let Loaded: FunctionComponent<P> | undefined;
  const start = () => {
    loading ??= load().then(
      (view) => {
        Loaded = view;
      },
      () => {
        loading = undefined;
      },
    );
    return loading;
  };
  function View(props: P) {
    const [, redraw] = useState(0);
    useEffect(() => {
      if (!Loaded) start().then(() => redraw(1));
    }, []);
    return Loaded ? <Loaded {...props} /> : waiting(props);
  }
  return Object.assign(View, { preload: () => void start() });
}

/** The Q&A view, loaded once the event takes questions. */
export const Questions = lazyView(
  () => import("./qa/qa-view.js").then((view) => view.styled.then(() => view.QaView)),
  ({ strings }: { strings: VoterStrings }) => <p class="connecting">{strings.connecting}</p>,
);

/** Asked before anything else at events with an access code. */
export const AccessCodeForm = lazyView(() => import("./access-code-form.js").then((view) => view.AccessCodeForm));

/** An open-text poll's form or its ranked answers. */
export const TextPollSlot = lazyView(() =>
  import("./words/text-poll.js").then((view) => view.styled.then(() => view.TextPollView)),
);

/** "Show original" and back, for polls with a translation into the page's language. */
export const OriginalToggle = lazyView(() => import("./original-toggle.js").then((view) => view.OriginalToggle));
