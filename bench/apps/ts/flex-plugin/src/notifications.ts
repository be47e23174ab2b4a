import { Notifications, NotificationType } from "@twilio/flex-ui";

export function registerNotifications(): void {
  Notifications.registerNotification({
    id: "harborVoicemailTransfer",
    content: "Voicemail tasks can only be transferred to a queue.",
    type: NotificationType.warning,
    timeout: 5000,
  });
  Notifications.registerNotification({
    id: "harborServerlessError",
    content: "Something went wrong talking to Harbor's services. Try again or contact support.",
    type: NotificationType.error,
  });
}
