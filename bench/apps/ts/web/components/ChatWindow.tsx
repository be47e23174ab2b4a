"use client";
import { Client, type Conversation, type Message } from "@twilio/conversations";
import { useEffect, useState } from "react";

export function ChatWindow() {
  const [conversation, setConversation] = useState<Conversation>();
  const [messages, setMessages] = useState<Message[]>([]);
  const [draft, setDraft] = useState("");

  useEffect(() => {
    void (async () => {
      const { token, conversationSid } = (await (await fetch("/api/conversations/token")).json()) as { token: string; conversationSid: string };
      const client = new Client(token);
      const joined = await client.getConversationBySid(conversationSid);
      setConversation(joined);
      setMessages((await joined.getMessages(30)).items);
      joined.on("messageAdded", (message) => setMessages((previous) => [...previous, message]));
      client.on("tokenAboutToExpire", async () => {
        const refreshed = (await (await fetch("/api/conversations/token")).json()) as { token: string };
        await client.updateToken(refreshed.token);
      });
    })();
  }, []);

  const send = async () => {
    if (!conversation || !draft.trim()) return;
    await conversation.sendMessage(draft.trim());
    setDraft("");
  };

  return (
    <div className="chat">
      <ul>
        {messages.map((message) => (
          <li key={message.sid} className={message.author?.startsWith("patient-") ? "mine" : "theirs"}>
            {message.body}
          </li>
        ))}
      </ul>
      <input value={draft} onChange={(event: { target: { value: string } }) => setDraft(event.target.value)} />
      <button onClick={send}>Send</button>
    </div>
  );
}
