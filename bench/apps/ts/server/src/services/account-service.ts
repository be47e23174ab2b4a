import type { Twilio } from "twilio";
import type { AccountSid } from "../../../shared/sid";

/** One subaccount per clinic, so each clinic's usage is billed separately. */
export class AccountService {
  constructor(private readonly client: Twilio) {}

  async createClinicAccount(clinicName: string) {
    return this.client.api.v2010.accounts.create({ friendlyName: `Harbor - ${clinicName}` });
  }

  async suspend(subaccountSid: AccountSid): Promise<void> {
    await this.client.api.v2010.accounts(subaccountSid).update({ status: "suspended" });
  }

  async reactivate(subaccountSid: AccountSid): Promise<void> {
    await this.client.api.v2010.accounts(subaccountSid).update({ status: "active" });
  }

  async callsIn(subaccountSid: AccountSid, since: Date) {
    return this.client.api.v2010.accounts(subaccountSid).calls.list({ startTimeAfter: since, limit: 1000 });
  }

  async numbersIn(subaccountSid: AccountSid) {
    return this.client.api.v2010.accounts(subaccountSid).incomingPhoneNumbers.list();
  }

  async transferNumber(phoneNumberSid: string, toAccountSid: AccountSid): Promise<void> {
    await this.client.incomingPhoneNumbers(phoneNumberSid).update({ accountSid: toAccountSid });
  }

  async balance(): Promise<string> {
    const balance = await this.client.balance.fetch();
    return `${balance.balance} ${balance.currency}`;
  }

  async usageThisMonth() {
    return this.client.usage.records.thisMonth.list({ category: "totalprice" });
  }

  async createApiKey(friendlyName: string) {
    return this.client.newKeys.create({ friendlyName });
  }

  async revokeApiKey(apiKeySid: string): Promise<void> {
    await this.client.keys(apiKeySid).remove();
  }
}
