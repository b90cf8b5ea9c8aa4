// D3 7.9 from its webjar, loaded by index.html as a classic deferred script before the modules;
// this module hands it to the others as an import.
export const d3 = window.d3;
