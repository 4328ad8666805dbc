// The organisers' page at /new: create an event, then go on to its console.
import { render } from "preact";
import { CreatePage } from "./create-page.js";
import { createPageStore, showLanguage } from "./create-store.js";
import "./create.css";

showLanguage(createPageStore.get().locale);
const root = document.getElementById("app") as HTMLElement;
root.textContent = "";
render(<CreatePage />, root);
