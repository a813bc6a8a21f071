/* /sparql: YASGUI (vendored into the jar at build time) takes the place of the plain form, which stays in the
   page for browsers without JavaScript. The editor starts with the query the server put in the form (a named
   query with its VALUES line) and sends queries to this server's /kg/sparql only: no endpoint catalogue of
   other services, no completions fetched from the web (prefix.cc, LOV), no query kept from an earlier visit. */
(function () {
  'use strict';

  function start() {
    var form = document.getElementById('sparql-form');
    var host = document.getElementById('yasgui');
    var Yasgui = window.Yasgui;
    if (!form || !host || !Yasgui) { return; }
    var endpoint = new URL(host.getAttribute('data-endpoint'), window.location.href).toString();
    var completers = ['prefixes', 'variables'];   // both work offline: the prefix list is in the bundle
    if (Yasgui.Yasqe && Yasgui.Yasqe.defaults) { Yasgui.Yasqe.defaults.autocompleters = completers; }
    host.hidden = false;
    host.style.flex = '1';
    host.style.minWidth = '0';
    var yasgui = new Yasgui(host, {
      requestConfig: { endpoint: endpoint, method: 'POST' },
      copyEndpointOnNewTab: true,
      persistenceId: null,
      endpointCatalogueOptions: { getData: function () { return [{ endpoint: endpoint }]; } },
      yasqe: { autocompleters: completers, persistenceId: null },
      yasr: { persistenceId: null }
    });
    var tab = yasgui.getTab();
    tab.setEndpoint(endpoint);
    tab.setQuery(document.getElementById('query').value);
    form.hidden = true;
    host.classList.add('ready');
  }

  if (document.readyState === 'loading') { document.addEventListener('DOMContentLoaded', start); } else { start(); }
})();
