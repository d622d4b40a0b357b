Console.WriteLine("storyline");
