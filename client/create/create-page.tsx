// The organisers' page at /new: a new event, then its moderator link, shown once. Apart from
// the voter page, so phones that only vote never download it (tests/e2e/voter-budget.test.ts).
import { useEffect } from "preact/hooks";
import { setDocumentLanguage } from "../common/i18n.js";
import { LanguagePicker } from "../common/language-picker.js";
import { useStore } from "../common/store.js";
import { CreateEventForm } from "./create-event-form.js";
import { createPageStore, pickLanguage } from "./create-store.js";

export function CreatePage() {
  const { locale, strings } = useStore(createPageStore);
  useEffect(() => {
    if (strings) setDocumentLanguage(strings.locale, strings.create.title);
  }, [strings]);
  // Until the texts have arrived, the page keeps its placeholder: no words in a wrong language.
  if (!strings) return <p class="connecting">Handzeichen …</p>;
  return (
    <>
      <header class="top">
        <a class="brand" href="/">
          Handzeichen
        </a>
        <LanguagePicker locale={locale} strings={strings} onPick={pickLanguage} />
      </header>
      <main class="page">
        <section class="card" aria-labelledby="create-heading">
          <h1 id="create-heading">{strings.create.heading}</h1>
          <CreateEventForm strings={strings} locale={locale} />
        </section>
      </main>
    </>
  );
}
