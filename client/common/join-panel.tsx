// How to join, for the projector: the join link, the event code and a QR code.

import { useFittedType } from "./fitted-type.js";
import type { Strings } from "./i18n.js";
import { joinUrl, publicBaseUrl, withoutScheme } from "./join-url.js";
import { QrCode } from "./qr-code.js";

/** `asking`: the screens show the audience's questions, so the heading says to ask, not to vote. */
type Props = { code: string; strings: Strings; showQr?: boolean; showLink?: boolean; asking?: boolean };

/**
 * The code is never broken over lines, so people type it as one: a long one is set smaller until
 * it fits the panel's width, as is the link's host or path part (the link may break between them).
 */
const CODE_FIT = { min: 0.2, max: 1 };
const LINK_FIT = { min: 0.4, max: 1 };

export function JoinPanel({ code, strings, showQr = true, showLink = true, asking = false }: Props) {
  const url = joinUrl(code);
  const host = withoutScheme(publicBaseUrl());
  const t = strings.screen;
  const fittedCode = useFittedType<HTMLSpanElement>(code, CODE_FIT);
  const fittedLink = useFittedType<HTMLSpanElement>(`${host}/${code}`, LINK_FIT);
  return (
    <div class="join">
      <p class="join-heading">{asking ? t.qa.joinHeading : t.joinHeading}</p>
      {showQr && <QrCode text={url} label={t.qrLabel(withoutScheme(url))} class="join-qr" />}
      {showLink && (
        <p class="join-link">
          <span class="join-hint">{showQr ? `${t.scan} ${t.orGoTo}` : t.orGoTo}</span>{" "}
          <span class="join-url" dir="ltr" ref={fittedLink}>
            <span class="unbroken">{host}</span>
            <wbr />
            <span class="unbroken">{`/e/${code}`}</span>
          </span>
        </p>
      )}
      <p class="join-code">
        <span class="join-code-label">{t.code}</span>{" "}
        <span class="join-code-value" dir="ltr" ref={fittedCode}>
          {code}
        </span>
      </p>
    </div>
  );
}
