/** A TalentLMS user as v1 returns it (ids and numbers as strings, like the real v1 API). */
export interface TalentlmsUser {
  readonly id: string;
  readonly login: string;
  readonly first_name: string;
  readonly last_name: string;
  readonly email: string;
  readonly user_type: string;
  readonly status: "active" | "inactive";
}

/** A TalentLMS course as v1 returns it. */
export interface TalentlmsCourse {
  readonly id: string;
  readonly name: string;
  readonly code: string;
  readonly status: "active" | "inactive";
}

/** One enrolment (`addusertocourse` answers with a list of these). */
export interface TalentlmsEnrolment {
  readonly user_id: string;
  readonly course_id: string;
  readonly role: string;
}

/** The emulator's mutable data. */
export interface TalentlmsStore {
  users: TalentlmsUser[];
  courses: TalentlmsCourse[];
  enrolments: TalentlmsEnrolment[];
  nextUserId: number;
}

/** The data every emulator starts with (and returns to on `reset()`). */
export const seedStore = (): TalentlmsStore => ({
  users: [
    {
      id: "1",
      login: "jdoe",
      first_name: "John",
      last_name: "Doe",
      email: "john.doe@example.com",
      user_type: "Learner-Type",
      status: "active",
    },
    {
      id: "2",
      login: "asmith",
      first_name: "Ann",
      last_name: "Smith",
      email: "ann.smith@example.com",
      user_type: "Trainer-Type",
      status: "active",
    },
  ],
  courses: [
    { id: "1", name: "Onboarding 101", code: "ONB101", status: "active" },
    { id: "2", name: "Security Awareness", code: "SEC200", status: "active" },
  ],
  enrolments: [{ user_id: "1", course_id: "1", role: "learner" }],
  nextUserId: 3,
});
