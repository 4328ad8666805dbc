// The language menu: each language named in itself, so anyone can find their own, behind a
// globe that needs no words (the label is there for screen readers).
import { LANGUAGES, type Locale, type VoterStrings } from "./i18n.js";
import "./language-picker.css";

type Props = { locale: Locale; strings: VoterStrings; onPick: (locale: Locale) => void };

export function LanguagePicker({ locale, strings, onPick }: Props) {
  return (
    <div class="language">
      <svg class="globe" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
        <circle cx="12" cy="12" r="9.5" />
        <path d="M2.5 12h19M12 2.5c2.6 2.8 3.8 6 3.8 9.5s-1.2 6.7-3.8 9.5c-2.6-2.8-3.8-6-3.8-9.5s1.2-6.7 3.8-9.5z" />
      </svg>
      <label for="language" class="sr-only">
        {strings.languageLabel}
      </label>
      <select
        id="language"
        value={locale}
        onChange={(event) => onPick((event.currentTarget as HTMLSelectElement).value as Locale)}
      >
        {(Object.keys(LANGUAGES) as Locale[]).map((code) => (
          <option key={code} value={code} lang={code}>
            {LANGUAGES[code]}
          </option>
        ))}
      </select>
    </div>
  );
}
