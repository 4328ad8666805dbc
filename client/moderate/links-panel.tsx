// Where everyone else goes: the voter page, the projector and the overlay, each with a QR code.
import { CopyButton } from "../common/copy-button.js";
import type { Strings } from "../common/i18n.js";
import { joinUrl, publicBaseUrl } from "../common/join-url.js";
import { QrCode } from "../common/qr-code.js";
import { moderatorLink } from "./moderator-key.js";

type Props = { code: string; moderatorKey: string; strings: Strings };

export function LinksPanel({ code, moderatorKey, strings }: Props) {
  const t = strings.console;
  const base = publicBaseUrl();
  const links = [
    { id: "voter", title: t.voterLink, url: joinUrl(code) },
    { id: "present", title: t.presentLink, url: `${base}/present/${encodeURIComponent(code)}` },
    { id: "overlay", title: t.overlayLink, url: `${base}/overlay/${encodeURIComponent(code)}` },
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
      <p class="hint">{t.overlayOptions}</p>
      <CopyButton
        text={moderatorLink(location.origin, code, moderatorKey)}
        label={t.copyModeratorLink}
        copiedLabel={t.copied}
        class="secondary small"
      />
    </section>
  );
}
