import content from 'virtual:content';

/** Placeholder shell until the questionnaire lands: proves content reaches the browser parsed. */
export function App() {
  return (
    <main>
      <h1>Startup Stack Advisor</h1>
      <p>
        {content.services.length} AWS services, {content.presets.length} presets.
      </p>
    </main>
  );
}
