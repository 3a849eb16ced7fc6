/** Name lists for the generated crowd (fictional people; common first and last names). */

export const FIRST_NAMES: readonly string[] = [
  'Aaron', 'Abigail', 'Adrian', 'Aisha', 'Alejandro', 'Alex', 'Amara', 'Amelia', 'Ana', 'Andre',
  'Anika', 'Arjun', 'Ava', 'Beatriz', 'Ben', 'Bianca', 'Bruno', 'Camila', 'Carlos', 'Caroline',
  'Chen', 'Chloe', 'Chris', 'Clara', 'Daniel', 'Daria', 'David', 'Diana', 'Dmitri', 'Elena',
  'Elif', 'Emily', 'Emma', 'Erik', 'Ethan', 'Fatima', 'Felix', 'Fiona', 'Gabriel', 'Grace',
  'Hannah', 'Hassan', 'Hiro', 'Ines', 'Ingrid', 'Isabel', 'Ivan', 'Jack', 'James', 'Jana',
  'Javier', 'Jin', 'Joao', 'Jonas', 'Julia', 'Kai', 'Kenji', 'Kim', 'Lars', 'Laura',
  'Leila', 'Leo', 'Liam', 'Lina', 'Lucas', 'Lucia', 'Maya', 'Mateo', 'Mei', 'Mia',
  'Mohammed', 'Nadia', 'Noah', 'Nora', 'Olivia', 'Omar', 'Oscar', 'Paula', 'Priya', 'Rafael',
  'Rahul', 'Ravi', 'Rosa', 'Ryan', 'Sara', 'Sebastian', 'Sofia', 'Sven', 'Tariq', 'Theo',
  'Thomas', 'Tomas', 'Valentina', 'Victor', 'Wei', 'William', 'Yara', 'Yusuf', 'Zara', 'Zoe',
];

export const LAST_NAMES: readonly string[] = [
  'Abbott', 'Adams', 'Ahmed', 'Alvarez', 'Andersen', 'Bailey', 'Banerjee', 'Becker', 'Bergstrom',
  'Brooks', 'Campbell', 'Carter', 'Castro', 'Chang', 'Clarke', 'Cohen', 'Cruz', 'Das', 'Dubois',
  'Edwards', 'Evans', 'Fischer', 'Flores', 'Foster', 'Garcia', 'Gonzalez', 'Gray', 'Gupta',
  'Hansen', 'Harris', 'Hayes', 'Hoffmann', 'Hughes', 'Ito', 'Jensen', 'Johansson', 'Kapoor',
  'Kelly', 'Khan', 'Kim', 'Kowalski', 'Kumar', 'Larsen', 'Lee', 'Lopez', 'Martin', 'Meyer',
  'Mitchell', 'Moreau', 'Murphy', 'Nakamura', 'Nguyen', 'Novak', 'Okafor', 'Olsen', 'Ortiz',
  'Park', 'Patel', 'Perez', 'Petrov', 'Quinn', 'Reed', 'Reyes', 'Richter', 'Rossi', 'Russo',
  'Sanchez', 'Santos', 'Schmidt', 'Schneider', 'Shah', 'Silva', 'Singh', 'Sorensen', 'Suzuki',
  'Tanaka', 'Taylor', 'Thompson', 'Torres', 'Turner', 'Van Dijk', 'Vargas', 'Walker', 'Wang',
  'Weber', 'White', 'Williams', 'Wilson', 'Wong', 'Wright', 'Yamamoto', 'Young', 'Zhang', 'Zimmermann',
];
