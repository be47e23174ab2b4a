export const strings: Record<string, string> = {
  TaskHeaderLine: "{{task.attributes.name}} ({{task.attributes.from}})",
  TaskExtraInfo: "Queue: {{task.queueName}}",
  NoTasks: "No patients waiting. Nice!",
};
