import type { WindowState } from "../shared/sliding-window.js";
import { TALENTLMS_MESSAGES as M, type TalentlmsError, talentlmsError } from "./messages.js";
import type { TalentlmsCourse, TalentlmsStore, TalentlmsUser } from "./seed.js";

/** What a route handler decides; the emulator shapes errors for the API version. */
export type RouteResult =
  | { readonly kind: "json"; readonly status: number; readonly body: unknown }
  | { readonly kind: "empty"; readonly status: 204 }
  | { readonly kind: "error"; readonly error: TalentlmsError };

/** Everything a handler may read. */
export interface RouteInput {
  readonly params: readonly string[];
  readonly fields: Readonly<Record<string, string>>;
  readonly bodyIsValid: boolean;
  readonly store: TalentlmsStore;
  readonly window: WindowState | undefined;
}

interface Route {
  readonly method: string;
  readonly pattern: RegExp;
  readonly handle: (input: RouteInput) => RouteResult;
}

const json = (body: unknown, status = 200): RouteResult => ({ kind: "json", status, body });
const fail = (status: number, message: string): RouteResult => ({
  kind: "error",
  error: talentlmsError(status, message),
});
const param = (input: RouteInput, index = 0): string => {
  const raw = input.params[index] ?? "";
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
};
const isId = (value: string): boolean => /^[1-9][0-9]{0,9}$/.test(value);

const findUser = (store: TalentlmsStore, id: string): TalentlmsUser | undefined => store.users.find((u) => u.id === id);
const findCourse = (store: TalentlmsStore, id: string): TalentlmsCourse | undefined =>
  store.courses.find((c) => c.id === id);

const v1User = (store: TalentlmsStore, user: TalentlmsUser): unknown => ({
  ...user,
  courses: store.enrolments.filter((e) => e.user_id === user.id).map((e) => ({ id: e.course_id, role: e.role })),
});

const formatReset = (ms: number): string => new Date(ms).toISOString().slice(0, 19).replace("T", " ");

/** v1 routes, matched on the path after `/api/v1/` (v1 ignores the method, as the real API does). */
export const V1_ROUTES: readonly Route[] = [
  { method: "*", pattern: /^users$/, handle: ({ store }) => json(store.users.map((u) => v1User(store, u))) },
  {
    method: "*",
    pattern: /^users\/id:([^/]*)$/,
    handle: (input) => {
      const id = param(input);
      if (!isId(id)) return fail(400, M.invalidArguments);
      const user = findUser(input.store, id);
      return user ? json(v1User(input.store, user)) : fail(404, M.userNotFound);
    },
  },
  {
    method: "*",
    pattern: /^users\/email:([^/]*)$/,
    handle: (input) => {
      const user = input.store.users.find((u) => u.email === param(input));
      return user ? json(v1User(input.store, user)) : fail(404, M.userNotFound);
    },
  },
  { method: "*", pattern: /^courses$/, handle: ({ store }) => json(store.courses) },
  {
    method: "*",
    pattern: /^courses\/id:([^/]*)$/,
    handle: (input) => {
      const id = param(input);
      if (!isId(id)) return fail(400, M.invalidArguments);
      const course = findCourse(input.store, id);
      return course ? json(course) : fail(404, M.courseNotFound);
    },
  },
  {
    method: "*",
    pattern: /^addusertocourse$/,
    handle: ({ fields, store }) => {
      const userId = fields["user_id"] ?? "";
      const courseId = fields["course_id"] ?? "";
      if (!isId(userId) || !isId(courseId)) return fail(400, M.invalidArguments);
      if (!findUser(store, userId)) return fail(404, M.userNotFound);
      if (!findCourse(store, courseId)) return fail(404, M.courseNotFound);
      if (store.enrolments.some((e) => e.user_id === userId && e.course_id === courseId)) {
        return fail(400, M.alreadyEnrolled);
      }
      const enrolment = { user_id: userId, course_id: courseId, role: fields["role"] ?? "learner" };
      store.enrolments.push(enrolment);
      // The real endpoint answers with an array (research fixture T15).
      return json([enrolment]);
    },
  },
  {
    method: "*",
    pattern: /^ratelimit$/,
    handle: ({ window }) =>
      json({
        limit: String(window?.limit ?? 0),
        remaining: window?.remaining ?? 0,
        reset: String(Math.ceil((window?.resetAt ?? 0) / 1000)),
        formatted_reset: formatReset(window?.resetAt ?? 0),
      }),
  },
];

const v2User = (user: TalentlmsUser): unknown => ({ ...user, id: Number(user.id) });
const v2Course = (course: TalentlmsCourse): unknown => ({ ...course, id: Number(course.id) });
const list = (items: readonly unknown[]): unknown => ({
  _data: items,
  _meta: { pagination: { page: 1, per_page: 100, total: items.length } },
});

const withUser = (input: RouteInput, then: (user: TalentlmsUser) => RouteResult): RouteResult => {
  const id = param(input);
  if (!isId(id)) return fail(400, M.missingParameter);
  const user = findUser(input.store, id);
  return user ? then(user) : fail(404, M.userNotFound);
};

const createUser = ({ fields, bodyIsValid, store }: RouteInput): RouteResult => {
  if (!bodyIsValid) return fail(422, M.malformedBody);
  const { email, login, first_name: firstName, last_name: lastName } = fields;
  if (!email || !login || !firstName || !lastName) return fail(400, M.missingParameter);
  if (store.users.some((u) => u.email === email)) return fail(400, M.duplicateEmail);
  if (store.users.some((u) => u.login === login)) return fail(400, M.duplicateLogin);
  const user: TalentlmsUser = {
    id: String(store.nextUserId),
    login,
    first_name: firstName,
    last_name: lastName,
    email,
    user_type: "Learner-Type",
    status: "active",
  };
  store.nextUserId += 1;
  store.users.push(user);
  return json({ _data: v2User(user) }, 201);
};

/** v2 routes, matched on method and the path after `/api/v2/`. */
export const V2_ROUTES: readonly Route[] = [
  { method: "GET", pattern: /^users$/, handle: ({ store }) => json(list(store.users.map(v2User))) },
  { method: "POST", pattern: /^users$/, handle: createUser },
  { method: "GET", pattern: /^users\/([^/]+)$/, handle: (input) => withUser(input, (u) => json({ _data: v2User(u) })) },
  {
    method: "DELETE",
    pattern: /^users\/([^/]+)$/,
    handle: (input) =>
      withUser(input, (user) => {
        input.store.users = input.store.users.filter((u) => u.id !== user.id);
        input.store.enrolments = input.store.enrolments.filter((e) => e.user_id !== user.id);
        return { kind: "empty", status: 204 };
      }),
  },
  { method: "GET", pattern: /^courses$/, handle: ({ store }) => json(list(store.courses.map(v2Course))) },
  {
    method: "GET",
    pattern: /^courses\/([^/]+)$/,
    handle: (input) => {
      const id = param(input);
      if (!isId(id)) return fail(400, M.missingParameter);
      const course = findCourse(input.store, id);
      return course ? json({ _data: v2Course(course) }) : fail(404, M.courseNotFound);
    },
  },
];

/** Finds and runs the route for `path`; `undefined` when no route matches. */
export const runRoute = (
  routes: readonly Route[],
  method: string,
  path: string,
  input: Omit<RouteInput, "params">,
): RouteResult | undefined => {
  for (const route of routes) {
    if (route.method !== "*" && route.method !== method) continue;
    const match = route.pattern.exec(path);
    if (match) return route.handle({ ...input, params: match.slice(1) });
  }
  return undefined;
};
