import { Router } from "express";
import { adminNumbers } from "./numbers";
import { adminSubaccounts } from "./subaccounts";
import { adminUsage } from "./usage";

export const adminRouter = Router();
adminRouter.use(adminNumbers, adminUsage, adminSubaccounts);
