// Where everyone else goes: the voter page, the projector and the overlay, each with a QR code;
// the overlay's look is chosen here in words and written into its link.
import { useState } from "preact/hooks";
import { CopyButton } from "../common/copy-button.js";
import { LANGUAGES, type Locale, type Strings } from "../common/i18n.js";
import { joinUrl, publicBaseUrl } from "../common/join-url.js";
import { QrCode } from "../common/qr-code.js";
import { type OverlayLinkSettings, type OverlayPosition, overlayQuery } from "../overlay/overlay-options.js";
import { moderatorLink } from "./moderator-key.js";

type Props = { code: string; moderatorKey: string; strings: Strings };

const PLACES: readonly OverlayPosition[] = ["bottom", "top", "left", "right"];

const DEFAULT_OVERLAY: OverlayLinkSettings = {
  position: "bottom",
  theme: "dark",
  showQa: false,
  showCode: true,
  showQr: false,
  chroma: false,
  lang: null,
};

export function LinksPanel({ code, moderatorKey, strings }: Props) {
  const t = strings.console;
  const base = publicBaseUrl();
  const [overlay, setOverlay] = useState(DEFAULT_OVERLAY);
  const links = [
    { id: "voter", title: t.voterLink, url: joinUrl(code) },
    { id: "present", title: t.presentLink, url: `${base}/present/${encodeURIComponent(code)}` },
    {
      id: "overlay",
      title: t.overlayLink,
      url: `${base}/overlay/${encodeURIComponent(code)}${overlayQuery(overlay)}`,
    },
  ];
  return (
    <section class="card links" aria-labelledby="links-heading">
      <h2 id="links-heading">{t.links}</h2>
      {links.map((link) => (
        <div key={link.id} class="link">
          <QrCode text={link.url} label={t.qrFor(link.title)} class="link-qr" />
          <div class="link-body">
            <label for={`link-${link.id}`}>{link.title}</label>
            <input id={`link-${link.id}`} class="link-field" dir="ltr" readOnly value={link.url} />
            <div class="link-actions">
              <CopyButton
                text={link.url}
                label={t.copy}
                copiedLabel={t.copied}
                fieldId={`link-${link.id}`}
                class="secondary small"
              />
              <a class="button secondary small" href={link.url} target="_blank" rel="noopener">
                {t.open}
              </a>
            </div>
          </div>
        </div>
      ))}
      <OverlaySettings
        settings={overlay}
        strings={strings}
        onChange={(changes) => setOverlay({ ...overlay, ...changes })}
      />
      <CopyButton
        text={moderatorLink(location.origin, code, moderatorKey)}
        label={t.copyModeratorLink}
        copiedLabel={t.copied}
        class="secondary small"
      />
    </section>
  );
}

type SettingsProps = {
  settings: OverlayLinkSettings;
  strings: Strings;
  onChange: (changes: Partial<OverlayLinkSettings>) => void;
};

const chosenValue = (event: Event) => (event.currentTarget as HTMLSelectElement).value;

/** One of the overlay's on-off settings: a checkbox with its label. */
function Switch({ checked, label, onChange }: { checked: boolean; label: string; onChange: (on: boolean) => void }) {
  return (
    <label class="inline">
      <input
        type="checkbox"
        checked={checked}
        onChange={(event) => onChange((event.currentTarget as HTMLInputElement).checked)}
      />{" "}
      {label}
    </label>
  );
}

/** The overlay's place, colours, questions only, join line, QR code, green background and language, in words. */
function OverlaySettings({ settings, strings, onChange }: SettingsProps) {
  const t = strings.console;
  return (
    <details class="overlay-settings">
      <summary class="button secondary small">{t.overlaySettings}</summary>
      <p>
        <label>
          {t.overlayPlace}{" "}
          <select
            value={settings.position}
            onChange={(event) => onChange({ position: chosenValue(event) as OverlayPosition })}
          >
            {PLACES.map((place) => (
              <option key={place} value={place}>
                {t.places[place]}
              </option>
            ))}
          </select>
        </label>
      </p>
      <p>
        <label>
          {t.overlayColours}{" "}
          <select
            value={settings.theme}
            onChange={(event) => onChange({ theme: chosenValue(event) === "light" ? "light" : "dark" })}
          >
            <option value="dark">{t.colours.dark}</option>
            <option value="light">{t.colours.light}</option>
          </select>
        </label>
      </p>
      <p>
        <Switch checked={settings.showQa} label={t.overlayQa} onChange={(showQa) => onChange({ showQa })} />
        <Switch checked={settings.showCode} label={t.overlayJoin} onChange={(showCode) => onChange({ showCode })} />
        <Switch checked={settings.showQr} label={t.overlayQr} onChange={(showQr) => onChange({ showQr })} />
        <Switch checked={settings.chroma} label={t.overlayGreen} onChange={(chroma) => onChange({ chroma })} />
      </p>
      <p>
        <label>
          {t.overlayLanguage}{" "}
          <select value={settings.lang ?? ""} onChange={(event) => onChange({ lang: chosenValue(event) || null })}>
            <option value="">{t.eventLanguage}</option>
            {(Object.keys(LANGUAGES) as Locale[]).map((locale) => (
              <option key={locale} value={locale} lang={locale}>
                {LANGUAGES[locale]}
              </option>
            ))}
          </select>
        </label>
      </p>
    </details>
  );
}
