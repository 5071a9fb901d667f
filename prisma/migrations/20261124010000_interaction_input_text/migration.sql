-- AlterTable
ALTER TABLE "Interaction" ADD COLUMN     "inputText" TEXT;

