// How a call settled, for tests that expect a rejection (or either outcome) from a client.

/** What `pending` rejected with; throws when it resolved instead. */
export const rejection = async (pending: Promise<unknown>): Promise<unknown> => {
  try {
    await pending;
  } catch (thrown) {
    return thrown;
  }
  throw new Error("the call did not reject");
};

/** `{ ok: true }` when `pending` resolved, else what it threw. */
export const outcome = async (pending: Promise<unknown>): Promise<{ ok: true } | { ok: false; thrown: unknown }> => {
  try {
    await pending;
    return { ok: true };
  } catch (thrown) {
    return { ok: false, thrown };
  }
};
