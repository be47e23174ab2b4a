import { MAX_LENGTH_DELTA, MIN_PLACEHOLDER_RUN, SID_BODY_LENGTH, SID_LENGTH } from "../src/classify.js";
import {
  aSid,
  BODY_CHARACTERS,
  BODY_SHAPES,
  EXPECTED_SHAPE,
  fillTemplate,
  NOT_SID_MESSAGE,
  SID_PROBLEM_MESSAGES,
} from "../src/messages.js";
import { PREFIXES, type SidPrefix } from "../src/registry.generated.js";

/**
 * Type alias names per prefix, without the `Sid` suffix; the first is the main one, the rest are other names the
 * same SIDs go by. Curated so that each reads as a Twilio user would guess it (mostly from the API's `*_sid` fields)
 * and none is ambiguous: a word several products use takes the product that uses it less often as a qualifier
 * (`RecordingSid` is a voice recording, `VideoRecordingSid` a video one). A name listed under several prefixes
 * becomes a union (`MessageSid`: SM or MM). The choices are explained in docs/types.md.
 */
const ALIAS_NAMES: Readonly<Record<SidPrefix, readonly string[]>> = {
  AC: ["Account"],
  AD: ["Address"],
  AE: ["MonitorEvent"],
  AI: ["AlphaSender"],
  AK: ["MonitorAlarm"],
  AL: ["IpAccessControlList"],
  AO: ["MessagingAddOnType"],
  AP: ["Application"],
  BH: ["BulkHostedNumberOrder"],
  BI: ["BillableItem"],
  BL: ["RateLimitBucket"],
  BN: ["BrandRegistration"],
  BS: ["Binding"],
  BU: ["Bundle", "CustomerProfile", "TrustProduct"],
  BV: ["ItemAssignment", "EntityAssignment"],
  BY: ["ByocTrunk"],
  CA: ["Call"],
  CF: ["Conference"],
  CH: ["Conversation", "ChatChannel", "FlexChannel"],
  CJ: ["Composition"],
  CL: ["CredentialList"],
  CM: ["Campaign"],
  CN: ["ConnectApp"],
  CP: ["ConferenceParticipant"],
  CR: ["Credential"],
  CW: ["DomainCertificate"],
  CY: ["DeployedDevicesCertificate"],
  DC: ["WirelessCommand"],
  DE: ["Sim"],
  DF: ["EventSubscription"],
  DG: ["Sink"],
  DL: ["DeployedDevicesDeployment"],
  DN: ["Domain"],
  DY: ["DeliveryReceipt"],
  EC: ["BulkEligibilityCheck"],
  EH: ["TwimlBin"],
  EL: ["Evaluation"],
  ES: ["SyncList"],
  ET: ["SyncDocument"],
  EV: ["TaskRouterEvent"],
  EY: ["OperatorType"],
  FC: ["Contact"],
  FJ: ["FlexPluginConfiguration"],
  FK: ["FlexPluginRelease"],
  FL: ["DeployedDevicesFleet"],
  FM: ["FlexInsightsAssessment"],
  FN: ["Execution", "Engagement"],
  FO: ["FlexFlow"],
  FP: ["FlexPlugin"],
  FS: ["FeedbackSummary"],
  FT: ["ExecutionStep", "EngagementStep"],
  FU: ["FlexUser"],
  FV: ["FlexPluginVersion"],
  FW: ["Flow"],
  FX: ["Fax"],
  FY: ["FlexInsightsQuestionnaireCategory"],
  GA: ["IntelligenceService"],
  GE: ["FlexInsightsQuestion"],
  GM: ["FlexInsightsQuestionnaire"],
  GN: ["SafeList"],
  GO: ["FlexInstance"],
  GP: ["Group"],
  GT: ["Transcript", "RealtimeTranscription"],
  GX: ["TranscriptSentence"],
  HA: ["NetworkAccessProfile"],
  HB: ["BillingPeriod"],
  HC: ["SmsCommand"],
  HF: ["Fleet"],
  HG: ["IpCommand"],
  HH: ["TollfreeVerification"],
  HJ: ["VerificationTemplate"],
  HK: ["CompositionHook"],
  HP: ["EsimProfile"],
  HQ: ["InteractionContext"],
  HR: ["HostedNumberOrder"],
  HS: ["SuperSim"],
  HW: ["Network"],
  HX: ["Content", "ContentTemplate"],
  IB: ["SourceIpMapping"],
  ID: ["InventoryDid"],
  IG: ["AddressConfiguration"],
  IL: ["IpRecord"],
  IM: ["ConversationMessage", "ChatMessage"],
  IN: ["Invite"],
  IP: ["IpAddress"],
  IS: ["ConversationService", "ChatService", "SyncService", "NotifyService"],
  IT: ["EndUser"],
  IX: ["IamRole"],
  IY: ["RoleAssignment"],
  IZ: ["RolePermission"],
  JS: ["BulkExportJob"],
  KC: ["ProxySession"],
  KD: ["Interaction"],
  KG: ["InteractionChannelInvite"],
  KI: ["ProxyInteraction"],
  KP: ["ProxyParticipant"],
  KQ: ["InteractionTransferNote"],
  KS: ["ProxyService"],
  KV: ["MediaRecording"],
  KW: ["PortInRequest"],
  KX: ["UserDefinedMessage"],
  KY: ["DeployedDevicesKey"],
  LY: ["Operator"],
  MB: ["ConversationParticipant", "ChatMember"],
  ME: ["Media"],
  MG: ["MessagingService"],
  MP: ["SyncMap"],
  MT: ["Track"],
  MZ: ["Stream"],
  NE: ["ConnectionPolicyTarget"],
  NF: ["IamNotification", "UserInvitation"],
  NO: ["Notification", "Alert", "ServerlessLog"],
  NT: ["NotifyNotification"],
  NY: ["ConnectionPolicy"],
  OB: ["SettingsUpdate"],
  OO: ["OptOutConfiguration"],
  OQ: ["VendorOAuthApp"],
  OR: ["Organization"],
  OU: ["OriginationUrl"],
  OY: ["EndUserType", "SupportingDocumentType"],
  PA: ["RoomParticipant"],
  PK: ["Payment"],
  PN: ["PhoneNumber", "IncomingPhoneNumber", "OutgoingCallerId"],
  PU: ["PortInPhoneNumber"],
  PX: ["AuthorizationDocument"],
  QE: ["UsAppToPerson"],
  QO: ["FlexTeam"],
  QQ: ["InboundProcessingRegion"],
  QU: ["Queue"],
  QW: ["InteractionTransferExecution"],
  RA: ["ChannelEndpointAssignment"],
  RD: ["SupportingDocument"],
  RE: ["Recording"],
  RI: ["Identity"],
  RK: ["RateLimit"],
  RL: ["ConversationRole", "ChatRole"],
  RM: ["Room"],
  RN: ["Regulation", "TrustHubPolicy"],
  RQ: ["ServerlessRequest"],
  RT: ["VideoRecording"],
  SC: ["ShortCode"],
  SD: ["SipDomain"],
  SG: ["Segment"],
  SK: ["ApiKey", "SigningKey"],
  SM: ["Message"],
  // Out of order so that `MessageSid` reads SM first: SMS SIDs are the common case.
  MM: ["Message"],
  SR: ["Siprec"],
  SU: ["SenderId"],
  TC: ["TaskChannel"],
  TH: ["Device"],
  TK: ["Trunk"],
  TO: ["SyncStream"],
  TR: ["Transcription"],
  TZ: ["SyncStreamMessage"],
  UA: ["Assistant"],
  UD: ["AutopilotTask"],
  UO: ["InteractionChannel"],
  US: ["User"],
  UT: ["UsageTrigger", "InteractionChannelParticipant"],
  UX: ["InteractionTransfer"],
  VA: ["VerifyService"],
  VE: ["Verification"],
  VJ: ["GrantTarget"],
  VL: ["VerificationAttempt"],
  VS: ["ConfigurationProfile"],
  VT: ["BrandVetting"],
  WA: ["Activity"],
  WC: ["WorkerChannel"],
  WF: ["ShortCodeApplication", "SenderIdApplication"],
  WH: ["ConversationWebhook", "ChatWebhook"],
  WK: ["Worker"],
  WP: ["RatePlan"],
  WQ: ["TaskQueue"],
  WR: ["Reservation"],
  WS: ["Workspace"],
  WT: ["Task"],
  WW: ["Workflow"],
  WX: ["WorkflowExecution"],
  XB: ["AvailableAddOn"],
  XE: ["InstalledAddOn", "ChannelSender"],
  XF: ["AddOnExtension"],
  XH: ["AddOnResultPayload"],
  XL: ["ReferralRecord"],
  XR: ["AddOnResult"],
  YC: ["Challenge"],
  YE: ["Entity"],
  YF: ["Factor"],
  YK: ["AccessToken"],
  YW: ["VerifyWebhook"],
  ZB: ["Build"],
  ZD: ["Deployment"],
  ZE: ["Environment"],
  ZH: ["Asset", "Function"],
  ZK: ["DomainConfig"],
  ZN: ["AssetVersion", "FunctionVersion"],
  ZS: ["ServerlessService"],
  ZV: ["Variable"],
  ZY: ["UserDefinedMessageSubscription"],
};

/** The body every example in the generated docs uses: valid hex, and letters or digits for `alnum` bodies. */
const EXAMPLE_BODY = "0123456789abcdef0123456789abcdef";

/** The first line of a generated file, naming what it is generated from. */
function header(sources: string): string {
  return `// Generated by scripts/generate-types.ts from ${sources}. Do not edit; run \`npm run generate\`.\n`;
}

/** Alias name -> its prefixes, in table order; throws when the table and the registry disagree. */
export function aliasPrefixes(): Map<string, SidPrefix[]> {
  const table: Readonly<Record<string, readonly string[] | undefined>> = ALIAS_NAMES;
  const missing = [...PREFIXES.keys()].filter((prefix) => !table[prefix]?.length);
  if (missing.length > 0) {
    throw new Error(`generate-types: no alias name for registry prefix ${missing.join(", ")}; add it to ALIAS_NAMES.`);
  }
  const unknown = Object.keys(table).filter((prefix) => !PREFIXES.has(prefix));
  if (unknown.length > 0) {
    throw new Error(`generate-types: ALIAS_NAMES lists ${unknown.join(", ")}, which the registry does not have.`);
  }
  const aliases = new Map<string, SidPrefix[]>();
  for (const [prefix, names] of Object.entries(ALIAS_NAMES) as [SidPrefix, readonly string[]][]) {
    for (const name of names) {
      if (!/^[A-Z][A-Za-z0-9]*$/.test(name)) throw new Error(`generate-types: alias name \`${name}\` is not PascalCase.`);
      aliases.set(name, [...(aliases.get(name) ?? []), prefix]);
    }
  }
  return aliases;
}

/** The one-line JSDoc of an alias: what it is and an example value. */
function aliasDoc(prefixes: readonly SidPrefix[]): string {
  const [first] = prefixes;
  const record = PREFIXES.get(first!)!;
  const what = aSid(record).replace(/^a/, "A");
  const which = prefixes.length === 1 ? `\`${first}\`` : prefixes.map((prefix) => `\`${prefix}\``).join(" or ");
  const retired = record.retired ? ` Retired with ${record.product}.` : "";
  return `/** ${what} (${which}), e.g. \`${first}${EXAMPLE_BODY}\`.${retired} */`;
}

/** Builds `src/aliases.generated.ts`: a type alias per resource, with a line of JSDoc and an example value. */
export function generateAliases(): string {
  const lines = [header("the registry"), 'import type { Sid } from "./guards.js";', ""];
  for (const [name, prefixes] of aliasPrefixes()) {
    lines.push(aliasDoc(prefixes), `export type ${name}Sid = Sid<${prefixes.map((p) => JSON.stringify(p)).join(" | ")}>;`);
  }
  lines.push("");
  return lines.join("\n");
}

/** The messages the type-level checker writes, by the name of the type it gets. */
const TYPE_MESSAGES = {
  ExpectedShape: EXPECTED_SHAPE,
  NotSidMessage: NOT_SID_MESSAGE,
  WrongLengthMessage: SID_PROBLEM_MESSAGES.wrongLength,
  BadCharacterMessage: SID_PROBLEM_MESSAGES.badCharacter,
  LowercasePrefixMessage: SID_PROBLEM_MESSAGES.lowercasePrefix,
  WhitespaceMessage: SID_PROBLEM_MESSAGES.whitespace,
  PlaceholderLengthMessage: SID_PROBLEM_MESSAGES.placeholderLength,
  UnknownPrefixMessage: SID_PROBLEM_MESSAGES.unknownPrefix,
  PlaceholderMessage: SID_PROBLEM_MESSAGES.placeholder,
};

/** The helper type the generated parameters are constrained to; no parameter may take its name. */
const TEXT_TYPE = "Text";

/**
 * A message template as a generic template literal type, with a type parameter per `{{placeholder}}` in order of
 * first appearance. `src/types.ts` passes them by position; the differential test compares every type-level message
 * with the runtime's, so a reordered template cannot swap them unnoticed.
 */
export function templateType(name: string, template: string): string {
  const parameters = new Set<string>();
  // Placeholders are `{{word}}`, so escaping the template's own text first leaves them intact. Line breaks are
  // escaped too, since a template literal type normalizes a raw carriage return to a line feed.
  const escaped = template
    .replaceAll(/[`\\]|\$\{/g, (text) => `\\${text}`)
    .replaceAll(/[\p{Cc}\u2028\u2029]/gu, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`);
  const text = fillTemplate(escaped, (placeholder) => {
    const parameter = placeholder[0]!.toUpperCase() + placeholder.slice(1);
    if (parameter === TEXT_TYPE || !/^[A-Z]/.test(parameter)) {
      throw new Error(`generate-types: placeholder {{${placeholder}}} of ${name} cannot name a type parameter.`);
    }
    parameters.add(parameter);
    return `\${${parameter}}`;
  });
  const list = [...parameters].map((parameter) => `${parameter} extends ${TEXT_TYPE}`).join(", ");
  return `export type ${name}${list ? `<${list}>` : ""} = \`${text}\`;`;
}

/**
 * Builds `src/type-messages.generated.ts`: what the type-level checker needs to write the runtime's messages, so
 * `src/types.ts` spells no message of its own. Not part of the public API.
 */
export function generateTypeMessages(): string {
  const lines = [
    header("the registry and the message templates of src/messages.ts"),
    "/** How messages name a SID of each prefix. */",
    "export interface ASidByPrefix {",
    ...[...PREFIXES].map(([prefix, record]) => `  readonly ${prefix}: ${JSON.stringify(aSid(record))};`),
    "}",
    "",
    "/** Prefixes whose body is 32 letters or digits rather than 32 hex digits. */",
    `export type AlnumSidPrefix = ${[...PREFIXES].filter(([, record]) => record.body === "alnum").map(([prefix]) => JSON.stringify(prefix)).join(" | ")};`,
    "",
    "/** What the body of a SID is made of, and what each of its characters must be, per body kind. */",
    `export interface BodyShapes ${typeLiteral(BODY_SHAPES)}`,
    `export interface BodyCharacters ${typeLiteral(BODY_CHARACTERS)}`,
    "",
    "/** The length of a SID, in the decimal digits the type-level length counter writes. */",
    `export type SidLength = ${JSON.stringify(String(SID_LENGTH))};`,
  ];
  // The classifier's thresholds, as the type-level checker needs them: lengths of a placeholder of the wrong length.
  const lengths: string[] = [];
  for (let length = 2 + MIN_PLACEHOLDER_RUN; length <= SID_LENGTH + MAX_LENGTH_DELTA * 2; length++) {
    if (length !== SID_LENGTH) lengths.push(JSON.stringify(String(length)));
  }
  lines.push(
    `/** Lengths the classifier calls a placeholder of the wrong length: ${MIN_PLACEHOLDER_RUN} or more \`X\`s, at most ${MAX_LENGTH_DELTA * 2} characters off ${SID_BODY_LENGTH}. */`,
    `export type NearPlaceholderLength = ${lengths.join(" | ")};`,
    "",
    "/** What a message's placeholders take. */",
    `type ${TEXT_TYPE} = string | number;`,
    "",
    "// The message templates of src/messages.ts.",
    ...Object.entries(TYPE_MESSAGES).map(([name, template]) => templateType(name, template)),
    "",
  );
  return lines.join("\n");
}

/** `{ readonly key: "value"; ... }` of a record of strings. */
function typeLiteral(record: Readonly<Record<string, string>>): string {
  return `{ ${Object.entries(record).map(([key, value]) => `readonly ${key}: ${JSON.stringify(value)};`).join(" ")} }`;
}
