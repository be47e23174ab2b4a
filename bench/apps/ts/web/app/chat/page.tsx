import { ChatWindow } from "../../components/ChatWindow";

export default function ChatPage() {
  return (
    <main>
      <h1>Message your care team</h1>
      <ChatWindow />
    </main>
  );
}
