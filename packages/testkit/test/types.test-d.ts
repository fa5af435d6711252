import { expectTypeOf, test } from "vitest";
import {
  type RecordedRequest,
  startTalentlmsEmulator,
  startTalviewEmulator,
  type TalentlmsEmulator,
  type TalentlmsFault,
  type TalviewEmulator,
  type TalviewFault,
} from "../src/index.js";

test("the starters resolve to handles with url and close()", () => {
  expectTypeOf(startTalentlmsEmulator).returns.resolves.toEqualTypeOf<TalentlmsEmulator>();
  expectTypeOf(startTalviewEmulator).returns.resolves.toEqualTypeOf<TalviewEmulator>();
  expectTypeOf<TalentlmsEmulator["url"]>().toEqualTypeOf<string>();
  expectTypeOf<TalviewEmulator["close"]>().returns.toEqualTypeOf<Promise<void>>();
  expectTypeOf<TalviewEmulator["requests"]>().toEqualTypeOf<readonly RecordedRequest[]>();
  expectTypeOf(startTalentlmsEmulator).toBeCallableWith();
  expectTypeOf(startTalviewEmulator).toBeCallableWith({ tokenLifetimeMs: 200, authErrors: "documented" });
  // @ts-expect-error unknown auth error style
  expectTypeOf(startTalviewEmulator).toBeCallableWith({ authErrors: "http" });
});

test("faults are checked by the compiler", () => {
  expectTypeOf<"html502">().toExtend<TalentlmsFault>();
  expectTypeOf<{ type: "slow"; delayMs: 50 }>().toExtend<TalentlmsFault>();
  expectTypeOf<{ business: "SLOT_UNAVAILABLE" }>().toExtend<TalviewFault>();
  expectTypeOf<{ type: "documented"; status: 403 }>().toExtend<TalviewFault>();
  // @ts-expect-error not a TalentLMS fault (badGateway is Talview's name)
  expectTypeOf<"badGateway">().toExtend<TalentlmsFault>();
  // @ts-expect-error not a documented logical code
  expectTypeOf<{ business: "SLOT_TAKEN" }>().toExtend<TalviewFault>();
  // @ts-expect-error the docs give no bare body for 404
  expectTypeOf<{ type: "documented"; status: 404 }>().toExtend<TalviewFault>();
});

test("failNext and script chain", () => {
  const use = (tlms: TalentlmsEmulator, talview: TalviewEmulator) => {
    expectTypeOf(tlms.failNext(1, "drop").script(["pass", "html502"])).toEqualTypeOf<TalentlmsEmulator>();
    expectTypeOf(talview.failNext(1, { business: "PAYMENT_REQUIRED" })).toEqualTypeOf<TalviewEmulator>();
    // @ts-expect-error a Talview-only fault on the TalentLMS emulator
    tlms.failNext(1, { business: "PAYMENT_REQUIRED" });
  };
  expectTypeOf(use).toBeFunction();
});
