// The page at /: Microsoft's Web Chat against the bot's own Direct Line endpoint. The settings (addresses, language,
// the sentence shown when the chat cannot start) come from the page itself, which the server writes.
(async function startWebChat() {
  const settings = JSON.parse(document.getElementById('webchat-settings').textContent);
  const root = document.getElementById('webchat');
  const fail = detail => {
    root.textContent = settings.failure;
    root.setAttribute('data-failed', detail);
  };

  try {
    const [grantResponse, hostConfigResponse] = await Promise.all([
      fetch(settings.tokenUrl, { method: 'POST', credentials: 'same-origin' }),
      fetch(settings.hostConfigUrl)
    ]);
    if (!grantResponse.ok || !hostConfigResponse.ok) {
      fail(`token ${grantResponse.status}, host config ${hostConfigResponse.status}`);
      return;
    }

    const grant = await grantResponse.json();
    const hostConfig = await hostConfigResponse.json();
    const directLine = window.WebChat.createDirectLine({
      token: grant.token,
      domain: new URL(settings.directLineUrl, window.location.href).href,
      webSocket: true
    });
    window.WebChat.renderWebChat(
      {
        directLine,
        userID: grant.userId,
        username: grant.userName || undefined,
        locale: settings.locale,
        adaptiveCardsHostConfig: hostConfig,
        styleOptions: { hideUploadButton: true, suggestedActionLayout: 'flow', bubbleMaxWidth: 640 }
      },
      root
    );
    document.querySelector('#webchat input, #webchat textarea')?.focus();
  } catch (error) {
    fail(String(error));
  }
})();
