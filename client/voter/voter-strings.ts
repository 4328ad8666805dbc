// The voter page's texts in every language, bundled with the page: one request fewer on a
// slow phone, and switching language needs no network. Only the voter's sections are included.

import type { Locale, VoterStrings } from "../common/i18n.js";
import { deForVoters } from "../i18n/de.js";
import { enForVoters } from "../i18n/en.js";

export const VOTER_STRINGS: Record<Locale, VoterStrings> = { de: deForVoters, en: enForVoters };
