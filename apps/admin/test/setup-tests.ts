import '@testing-library/jest-dom/jest-globals';

// jsdom has no scrolling: react-admin scrolls to the top after a row click
window.scrollTo = () => undefined;
