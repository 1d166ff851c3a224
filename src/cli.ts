#!/usr/bin/env node
import { VERSION } from "./index.js";
console.log(`tfscope ${VERSION}`);
