// REST: an event's audience questions — list, ask, upvote and take it back, moderate, delete —
// and its Q&A moderator key. Asks and upvotes are answered only once committed to disk.
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { EventPath } from "../../shared/event.js";
import { PARTICIPANT_TOKEN_PATTERN } from "../../shared/limits.js";
import {
  AskBody,
  AskResponse,
  QaModeratorKeyResponse,
  QuestionPath,
  QuestionsResponse,
  UpdateQuestionBody,
} from "../../shared/question.js";
import { VoteHeaders } from "../../shared/vote.js";
import {
  askQuestion,
  deleteQuestion,
  moderateQuestion,
  upvoteQuestion,
  visibleQuestions,
} from "../polling/questions.js";
import { newQaModeratorKey, revokeQaModeratorKey } from "../polling/questions-key.js";
import { hashSecret } from "../security/secrets.js";
import { moderatorOnly, questionModerator, questionReader, voter } from "./authorization.js";
import { sendFailure } from "./errors.js";
import { MODERATOR_KEY, NO_CONTENT, refusal } from "./responses.js";

/** Either key may moderate questions: the moderator's, or the Q&A moderator link's. */
const QUESTION_MODERATOR: { [scheme: string]: string[] }[] = [{ moderatorKey: [] }, { qaModeratorKey: [] }];

/** An upvote's answer: the question with its new count, and the participant token it was counted for. */
const UpvoteResponse = AskResponse.describe("The question with its new count");

const ReaderHeaders = z.looseObject({
  "x-participant-token": z
    .string()
    .optional()
    .describe("Your participant token: your own questions are marked `mine`, waiting ones included"),
});

export const questionRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/api/events/:code/questions",
    {
      schema: {
        summary: "The event's questions, most upvoted first (visible and answered ones; moderators: all)",
        params: EventPath,
        headers: ReaderHeaders,
        response: { 200: QuestionsResponse.describe("The questions"), 404: refusal("NOT_FOUND") },
      },
      preValidation: questionReader,
    },
    async (request) => {
      const token = request.headers["x-participant-token"];
      const askerHash = typeof token === "string" && PARTICIPANT_TOKEN_PATTERN.test(token) ? hashSecret(token) : null;
      return { questions: visibleQuestions(app.polling, request.event, request.audience, askerHash) };
    },
  );

  app.post(
    "/api/events/:code/questions",
    {
      schema: {
        summary: "Ask a question (answered after it is on disk); a participant token is issued when absent",
        params: EventPath,
        headers: VoteHeaders,
        body: AskBody,
        response: {
          201: AskResponse.describe("The question as stored, marked `mine`"),
          400: refusal("INVALID_REQUEST: empty or too long, asked already, or a foreign participant token"),
          403: refusal("ACCESS_CODE_REQUIRED"),
          404: refusal("NOT_FOUND"),
          409: refusal("QA_DISABLED"),
          429: refusal("RATE_LIMITED"),
        },
      },
      preValidation: voter,
    },
    async (request, reply) => {
      const { participantToken } = request;
      const participant = { tokenHash: hashSecret(participantToken), accessCode: request.accessCode };
      const asked = await askQuestion(app.polling, request.event, participant, request.body);
      if (!asked.ok) return sendFailure(reply, asked);
      return reply.code(201).send({ question: asked.value, participantToken });
    },
  );

  for (const [method, up] of [
    ["PUT", true],
    ["DELETE", false],
  ] as const) {
    app.route({
      method,
      url: "/api/events/:code/questions/:questionId/upvote",
      schema: {
        summary: up ? "Upvote a question (once per participant)" : "Take an upvote back",
        params: QuestionPath,
        headers: VoteHeaders,
        response: {
          200: UpvoteResponse,
          400: refusal("INVALID_REQUEST: a foreign participant token, or (upvote) a question not shown yet"),
          403: refusal("ACCESS_CODE_REQUIRED"),
          404: refusal("NOT_FOUND"),
          409: refusal("QA_DISABLED"),
          429: refusal("RATE_LIMITED"),
        },
      },
      preValidation: voter,
      handler: async (request, reply) => {
        const { participantToken } = request;
        const participant = { tokenHash: hashSecret(participantToken), accessCode: request.accessCode };
        const upvoted = await upvoteQuestion(app.polling, request.event, participant, request.params.questionId, up);
        if (!upvoted.ok) return sendFailure(reply, upvoted);
        return { question: upvoted.value, participantToken };
      },
    });
  }

  app.patch(
    "/api/events/:code/questions/:questionId",
    {
      schema: {
        summary: "Approve, reject, answer, archive or highlight a question (one highlighted at a time)",
        security: QUESTION_MODERATOR,
        params: QuestionPath,
        body: UpdateQuestionBody,
        response: {
          200: z.object({ question: AskResponse.shape.question }).describe("The question after the change"),
          400: refusal("INVALID_REQUEST"),
          401: refusal("UNAUTHORIZED"),
          404: refusal("NOT_FOUND"),
          409: refusal("INVALID_TRANSITION"),
          429: refusal("RATE_LIMITED: too many wrong keys from this address"),
        },
      },
      preValidation: questionModerator,
    },
    async (request, reply) => {
      const changed = await moderateQuestion(app.polling, request.event, request.params.questionId, request.body);
      return changed.ok ? { question: changed.value } : sendFailure(reply, changed);
    },
  );

  app.delete(
    "/api/events/:code/questions/:questionId",
    {
      schema: {
        summary: "Delete a question with its upvotes",
        security: QUESTION_MODERATOR,
        params: QuestionPath,
        response: {
          204: NO_CONTENT,
          401: refusal("UNAUTHORIZED"),
          404: refusal("NOT_FOUND"),
          429: refusal("RATE_LIMITED: too many wrong keys from this address"),
        },
      },
      preValidation: questionModerator,
    },
    async (request, reply) => {
      const deleted = await deleteQuestion(app.polling, request.event, request.params.questionId);
      return deleted.ok ? reply.code(204).send() : sendFailure(reply, deleted);
    },
  );

  app.post(
    "/api/events/:code/qa-moderator-key",
    {
      schema: {
        summary: "Make a Q&A moderator key (shown once); it replaces the one before",
        security: MODERATOR_KEY,
        params: EventPath,
        response: {
          201: QaModeratorKeyResponse.describe("The new Q&A moderator key"),
          401: refusal("UNAUTHORIZED"),
          403: refusal("FORBIDDEN: a Q&A moderator key cannot make one"),
          404: refusal("NOT_FOUND"),
        },
      },
      preValidation: moderatorOnly,
    },
    async (request, reply) =>
      reply.code(201).send({ qaModeratorKey: await newQaModeratorKey(app.polling, request.event) }),
  );

  app.delete(
    "/api/events/:code/qa-moderator-key",
    {
      schema: {
        summary: "Revoke the Q&A moderator key; its live feeds are closed (4401)",
        security: MODERATOR_KEY,
        params: EventPath,
        response: {
          204: NO_CONTENT,
          401: refusal("UNAUTHORIZED"),
          403: refusal("FORBIDDEN: a Q&A moderator key cannot revoke itself"),
          404: refusal("NOT_FOUND"),
        },
      },
      preValidation: moderatorOnly,
    },
    async (request, reply) => {
      await revokeQaModeratorKey(app.polling, request.event);
      return reply.code(204).send();
    },
  );
};
