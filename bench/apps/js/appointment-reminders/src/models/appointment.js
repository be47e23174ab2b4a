const appointments = new Map();

class Appointment {
  constructor({ id, patientName, phone, startsAt, clinic }) {
    this.id = id;
    this.patientName = patientName;
    this.phone = phone;
    this.startsAt = new Date(startsAt);
    this.clinic = clinic;
    this.status = "scheduled";
    this.reminderMessageSids = [];
    this.reminderExecutionSid = null;
  }

  static all() {
    return [...appointments.values()];
  }

  static byPhone(phone) {
    return Appointment.all().filter((appointment) => appointment.phone === phone && appointment.startsAt > new Date());
  }

  save() {
    appointments.set(this.id, this);
    return this;
  }
}

module.exports = Appointment;
