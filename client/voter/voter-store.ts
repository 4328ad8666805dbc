// The voter page's one store: a voter session (voter-session.ts) on the browser's live feed,
// with the participant token and the access code kept in localStorage.
import { browserLanguages, chooseLocale, chosenLocale } from "../common/i18n.js";
import { connectLive } from "../common/live.js";
import { createVoterSession, type VoterStorage } from "./voter-session.js";
import { loadVoterStrings } from "./voter-strings.js";

export { type AccessState, type Selection, selectionOf, type VoteProblem, type VoterState } from "./voter-session.js";

/** localStorage, forgiving where there is none; the Q&A view keeps the asker's name in it too. */
export const voterStorage: VoterStorage = {
  get(key) {
    try {
      return localStorage.getItem(key);
    } catch {
      return null;
    }
  },
  // Without storage the value lasts as long as the page; after a reload the voter is new.
  set(key, value) {
    try {
      if (value === null) localStorage.removeItem(key);
      else localStorage.setItem(key, value);
    } catch {
      // Private mode: nothing is kept.
    }
  },
};

export const {
  store: voterStore,
  fallBackLanguage,
  pickLanguage,
  joinEvent,
  enterAccessCode,
  toggleOption,
  chooseRating,
  writeAnswer,
  submitVote,
  changeVote,
  keepVote,
  sendFrame,
  listenFrames,
  announce,
} = createVoterSession({
  connect: connectLive,
  storage: voterStorage,
  browserLanguages: browserLanguages(),
  chosenLocale,
  chooseLocale,
  loadStrings: loadVoterStrings,
  // Stored codes are a-z, 0-9 and "-": nothing to escape.
  codeCorrected: (code) => history.replaceState(null, "", `/e/${code}`),
});
