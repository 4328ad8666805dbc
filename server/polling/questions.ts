// Use cases of audience questions: ask one and upvote (acknowledged only once on disk, through
// the same group commit as votes), moderate and delete them, and read what a caller may see.
// The path of a question: rules → queue → commit → memory → listener → ack.
import type { Question, UpdateQuestionBody } from "../../shared/question.js";
import { type Failure, fail, type Outcome, succeed } from "../domain/outcome.js";
import { initialState, planQuestionChange, takesUpvotes } from "../domain/question-rules.js";
import { askerName, containsBlockedWord, questionText } from "../domain/question-text.js";
import { canSeeQuestion } from "../domain/question-visibility.js";
import type { Audience } from "../domain/visibility.js";
import type { StoredEvent } from "../store/events.js";
import type { PollingContext } from "./context.js";
import { accessGranted } from "./events.js";
import {
  addQuestion,
  askedKey,
  byUpvotes,
  findQuestion,
  highlightedQuestion,
  type LiveQuestion,
  questionAsSeen,
  questionsOfEvent,
  removeQuestion,
} from "./questions-registry.js";
import { ACCESS_CODE_MISSING } from "./votes.js";

/** Who asks or upvotes: the participant (by token hash) and the access code they gave, if any. */
export type Participant = { tokenHash: string; accessCode: string | undefined };

const QA_DISABLED = fail("QA_DISABLED", "This event takes no questions at the moment.");
const NOT_SAVED = fail("INTERNAL", "This could not be saved. Please send it again.");

const noSuchQuestion = (event: StoredEvent, questionId: number) =>
  fail("NOT_FOUND", `Event "${event.code}" has no question ${questionId}.`);

/** What every participant's action checks first: the access code, then whether Q&A is on. */
function participantMayAct(event: StoredEvent, participant: Participant): Outcome<void> {
  if (!accessGranted(event, participant.accessCode)) return fail("ACCESS_CODE_REQUIRED", ACCESS_CODE_MISSING);
  return event.qa.enabled ? succeed(undefined) : QA_DISABLED;
}

/**
 * Several nodes: Q&A may have been switched on at another node a moment ago. The event is read
 * once and the action tried again with it; otherwise (one node, or still off) the refusal stands.
 */
function retryWhenQaSwitchedOn<T>(
  ctx: PollingContext,
  event: StoredEvent,
  refusal: Failure,
  caughtUp: boolean,
  retry: (current: StoredEvent) => Promise<Outcome<T>>,
): Promise<Outcome<T>> {
  if (refusal !== QA_DISABLED || caughtUp) return Promise.resolve(refusal);
  return ctx.replication.catchUp(event.code).then(() => {
    const current = ctx.registry.events.get(event.code);
    return current ? retry(current) : refusal;
  });
}

export function askQuestion(
  ctx: PollingContext,
  event: StoredEvent,
  participant: Participant,
  ask: { text: string; name?: string | undefined },
  caughtUp = false,
): Promise<Outcome<Question>> {
  const allowed = participantMayAct(event, participant);
  if (!allowed.ok) {
    return retryWhenQaSwitchedOn(ctx, event, allowed, caughtUp, (current) =>
      askQuestion(ctx, current, participant, ask, true),
    );
  }
  const { tokenHash } = participant;
  if (!ctx.questionLimiter.allow(tokenHash)) {
    return Promise.resolve(fail("RATE_LIMITED", "Too many questions in a short time. Please wait a little."));
  }
  const text = questionText(ask.text);
  if (!text.ok) return Promise.resolve(text);
  const name = askerName(ask.name, event.qa.names);
  if (!name.ok) return Promise.resolve(name);
  const key = askedKey(event.code, tokenHash, text.value);
  const { askedKeys } = ctx.registry.questions;
  if (askedKeys.has(key)) return Promise.resolve(fail("INVALID_REQUEST", "You have asked this question already."));
  // Held from now on, so that the same question sent twice before the first commit is refused too.
  askedKeys.add(key);
  const fields = {
    text: text.value,
    name: name.value,
    state: initialState(event.qa, containsBlockedWord(text.value, event.qa.blockedWords)),
  };
  const createdAt = ctx.now();
  return ctx.store.insertQuestion(event.id, tokenHash, fields, createdAt).then(
    (id) => {
      const question: LiveQuestion = {
        id,
        eventCode: event.code,
        text: fields.text,
        ...(fields.name === undefined ? {} : { name: fields.name }),
        state: fields.state,
        upvotes: 0,
        highlighted: false,
        createdAt: new Date(createdAt).toISOString(),
        askerHash: tokenHash,
      };
      // The event may have been deleted while the ask waited: then it is gone with it.
      if (ctx.registry.events.get(event.code)?.id === event.id) {
        addQuestion(ctx.registry.questions, question);
        ctx.replication.questionAsked(id);
        ctx.listener.questionChanged(question, null);
      }
      return succeed(questionAsSeen(question, true));
    },
    () => {
      askedKeys.delete(key);
      return NOT_SAVED;
    },
  );
}

/** Upvotes a question (`up`) or takes the upvote back; either is idempotent. */
export function upvoteQuestion(
  ctx: PollingContext,
  event: StoredEvent,
  participant: Participant,
  questionId: number,
  up: boolean,
  caughtUp = false,
): Promise<Outcome<Question>> {
  const allowed = participantMayAct(event, participant);
  if (!allowed.ok) {
    return retryWhenQaSwitchedOn(ctx, event, allowed, caughtUp, (current) =>
      upvoteQuestion(ctx, current, participant, questionId, up, true),
    );
  }
  const { tokenHash } = participant;
  const question = findQuestion(ctx.registry.questions, event.code, questionId);
  const visible = question && canSeeQuestion(question.state, "voter", question.askerHash === tokenHash);
  // Taking an upvote back is always possible; a new one goes only to a question the room sees.
  const upvotable = visible && (!up || takesUpvotes(question.state));
  if (!upvotable && !caughtUp) {
    // Several nodes: asked or approved on another a moment ago, perhaps; read it once.
    return ctx.replication
      .catchUpQuestion(questionId)
      .then(() => upvoteQuestion(ctx, event, participant, questionId, up, true));
  }
  if (!question || !visible) return Promise.resolve(noSuchQuestion(event, questionId));
  if (!ctx.upvoteLimiter.allow(tokenHash)) {
    return Promise.resolve(fail("RATE_LIMITED", "Too many upvotes in a short time. Please wait a moment."));
  }
  if (!upvotable) {
    return Promise.resolve(fail("INVALID_REQUEST", "This question can be upvoted once it is shown to everyone."));
  }
  return ctx.store.setUpvote(questionId, tokenHash, up, ctx.now()).then(
    (change) => {
      // Deleting a question commits the queue first, so it is still here; the guard is for memory's sake.
      if (ctx.registry.questions.byId.get(questionId) !== question) return noSuchQuestion(event, questionId);
      if (change !== 0) {
        question.upvotes += change;
        ctx.replication.upvoted(questionId, change);
        ctx.listener.upvotesChanged(question);
      }
      return succeed(questionAsSeen(question, question.askerHash === tokenHash));
    },
    () => NOT_SAVED,
  );
}

/**
 * A moderator's change of state or highlight. Highlighting a question ends the highlight of
 * the one highlighted before, in the same transaction: at most one per event.
 */
export function moderateQuestion(
  ctx: PollingContext,
  event: StoredEvent,
  questionId: number,
  change: UpdateQuestionBody,
): Promise<Outcome<Question>> {
  return ctx.store.exclusive(event.id, async () => {
    if (!findQuestion(ctx.registry.questions, event.code, questionId))
      await ctx.replication.catchUpQuestion(questionId);
    const question = findQuestion(ctx.registry.questions, event.code, questionId);
    if (!question) return noSuchQuestion(event, questionId);
    const planned = planQuestionChange(question, change);
    if (!planned.ok) return planned;
    const changes = [{ question, ...planned.value }];
    const before = highlightedQuestion(ctx.registry.questions, event.code);
    if (planned.value.highlighted && before && before !== question) {
      changes.push({ question: before, state: before.state, highlighted: false });
    }
    // Asks and upvotes already queued commit first: a change never overtakes them.
    await ctx.store.flush();
    await ctx.store.updateQuestions(
      changes.map(({ question: { id }, state, highlighted }) => ({ id, state, highlighted })),
    );
    for (const { question: changed, state, highlighted } of changes) {
      const previous = changed.state;
      changed.state = state;
      changed.highlighted = highlighted;
      ctx.replication.questionChanged(changed.id);
      ctx.listener.questionChanged(changed, previous);
    }
    return succeed(questionAsSeen(question, false));
  });
}

export function deleteQuestion(ctx: PollingContext, event: StoredEvent, questionId: number): Promise<Outcome<void>> {
  return ctx.store.exclusive(event.id, async () => {
    if (!findQuestion(ctx.registry.questions, event.code, questionId))
      await ctx.replication.catchUpQuestion(questionId);
    const question = findQuestion(ctx.registry.questions, event.code, questionId);
    if (!question) return noSuchQuestion(event, questionId);
    // Upvotes already queued commit first, so none is written for a question that is gone.
    await ctx.store.flush();
    await ctx.store.deleteQuestion(question.id);
    removeQuestion(ctx.registry.questions, question);
    ctx.replication.questionDeleted(event.code, question.id);
    ctx.listener.questionDeleted(question);
    return succeed(undefined);
  });
}

/**
 * The questions the audience may see, most upvoted first. `askerHash`: the caller's own
 * questions are marked `mine`, and their waiting or rejected ones are included.
 */
export function visibleQuestions(
  ctx: PollingContext,
  event: StoredEvent,
  audience: Audience,
  askerHash: string | null,
): Question[] {
  return questionsOfEvent(ctx.registry.questions, event.code)
    .filter((question) => canSeeQuestion(question.state, audience, question.askerHash === askerHash))
    .sort(byUpvotes)
    .map((question) => questionAsSeen(question, question.askerHash === askerHash));
}

/** The ids of the event's questions the participant upvoted (a snapshot's myUpvotes). */
export const myUpvotes = (ctx: PollingContext, event: StoredEvent, tokenHash: string): Promise<number[]> =>
  ctx.store.upvotesOf(tokenHash, event.id);

/** Every question of the event, most upvoted first, without `mine`: the rows of the moderator's exports. */
export const exportedQuestions = (ctx: PollingContext, event: StoredEvent): Question[] =>
  questionsOfEvent(ctx.registry.questions, event.code)
    .sort(byUpvotes)
    .map((question) => questionAsSeen(question, false));
