// The language menu: each language named in itself, so anyone can find their own.
import { LANGUAGES, type Locale, type VoterStrings } from "./i18n.js";

type Props = { locale: Locale; strings: VoterStrings; onPick: (locale: Locale) => void };

export function LanguagePicker({ locale, strings, onPick }: Props) {
  return (
    <div class="language">
      <label for="language">{strings.languageLabel}</label>
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
