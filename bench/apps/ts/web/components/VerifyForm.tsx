"use client";
import { useState } from "react";

export function VerifyForm({ patientId }: { patientId: string }) {
  const [phone, setPhone] = useState("");
  const [code, setCode] = useState("");
  const [step, setStep] = useState<"phone" | "code" | "done">("phone");

  const start = async () => {
    const response = await fetch("/api/verify/start", { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ phone }) });
    if (response.ok) setStep("code");
  };
  const check = async () => {
    const response = await fetch("/api/verify/check", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ phone, code, patientId }),
    });
    if (response.ok) setStep("done");
  };

  if (step === "done") return <p>You're signed in.</p>;
  return step === "phone" ? (
    <form onSubmit={(event: { preventDefault(): void }) => (event.preventDefault(), void start())}>
      <input type="tel" value={phone} placeholder="+1 555 555 0100" onChange={(event: { target: { value: string } }) => setPhone(event.target.value)} />
      <button type="submit">Text me a code</button>
    </form>
  ) : (
    <form onSubmit={(event: { preventDefault(): void }) => (event.preventDefault(), void check())}>
      <input inputMode="numeric" value={code} onChange={(event: { target: { value: string } }) => setCode(event.target.value)} />
      <button type="submit">Sign in</button>
    </form>
  );
}
