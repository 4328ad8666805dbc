// How to join, for the projector and the overlay: the join link, the event code and a QR code.
import type { Strings } from "./i18n.js";
import { joinUrl, publicBaseUrl, withoutScheme } from "./join-url.js";
import { QrCode } from "./qr-code.js";

type Props = { code: string; strings: Strings; showQr?: boolean; showLink?: boolean };

export function JoinPanel({ code, strings, showQr = true, showLink = true }: Props) {
  const url = joinUrl(code);
  const t = strings.screen;
  return (
    <div class="join">
      <p class="join-heading">{t.joinHeading}</p>
      {showQr && <QrCode text={url} label={t.qrLabel(withoutScheme(url))} class="join-qr" />}
      {showLink && (
        <p class="join-link">
          <span class="join-hint">{showQr ? `${t.scan} ${t.orGoTo}` : t.orGoTo}</span>{" "}
          <span class="join-url" dir="ltr">
            {withoutScheme(publicBaseUrl())}
            <wbr />
            {`/e/${code}`}
          </span>
        </p>
      )}
      <p class="join-code">
        <span class="join-code-label">{t.code}</span>{" "}
        <span class={`join-code-value${code.length > 16 ? " very-long" : code.length > 8 ? " long" : ""}`} dir="ltr">
          {code}
        </span>
      </p>
    </div>
  );
}
